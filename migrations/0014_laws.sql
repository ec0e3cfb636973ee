CREATE TABLE `course_law_elements` (
	`course_id` text NOT NULL,
	`part` text NOT NULL,
	`part_id` text NOT NULL,
	`element` text NOT NULL,
	PRIMARY KEY(`course_id`, `part`, `part_id`, `element`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `course_law_elements_element` ON `course_law_elements` (`element`);--> statement-breakpoint
CREATE TABLE `law_agreement_parties` (
	`agreement_id` text NOT NULL,
	`country` text NOT NULL,
	PRIMARY KEY(`agreement_id`, `country`),
	FOREIGN KEY (`agreement_id`) REFERENCES `law_agreements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `law_agreement_parties_country` ON `law_agreement_parties` (`country`);--> statement-breakpoint
CREATE TABLE `law_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`signed_on` text,
	`in_force_on` text,
	`source` text,
	`is_sample` integer DEFAULT false NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `law_agreements_slug_unique` ON `law_agreements` (`slug`);--> statement-breakpoint
CREATE TABLE `law_frameworks` (
	`country` text PRIMARY KEY NOT NULL,
	`region` text NOT NULL,
	`revision_id` text NOT NULL,
	`reviewed_at` integer NOT NULL,
	`is_sample` integer DEFAULT false NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `law_frameworks_region` ON `law_frameworks` (`region`,`country`);--> statement-breakpoint
CREATE TABLE `law_proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`base_number` integer NOT NULL,
	`changes` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`author_id` text,
	`reviewer_id` text,
	`comment` text,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `law_proposals_waiting` ON `law_proposals` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `law_proposals_country` ON `law_proposals` (`country`,`state`);--> statement-breakpoint
CREATE TABLE `law_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`number` integer NOT NULL,
	`framework` text NOT NULL,
	`changes` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author_id` text,
	`reviewer_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `law_revisions_number` ON `law_revisions` (`country`,`number`);