CREATE TABLE `certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`user_id` text NOT NULL,
	`course_id` text NOT NULL,
	`revision_id` text NOT NULL,
	`enrolment_id` text NOT NULL,
	`holder_name` text NOT NULL,
	`subject_hash` text NOT NULL,
	`subject_salt` text NOT NULL,
	`course_title` text NOT NULL,
	`course_summary` text NOT NULL,
	`certificate_name` text NOT NULL,
	`course_revision` integer NOT NULL,
	`language` text NOT NULL,
	`competencies` text NOT NULL,
	`issuers` text NOT NULL,
	`trainers` text NOT NULL,
	`score` integer,
	`issued_at` integer NOT NULL,
	`expires_at` integer,
	`revoked_at` integer,
	`revoked_reason` text,
	`revoked_by` text,
	`renewed_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `course_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_code_unique` ON `certificates` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `certificates_enrolment_id_unique` ON `certificates` (`enrolment_id`);--> statement-breakpoint
CREATE INDEX `certificates_user` ON `certificates` (`user_id`);--> statement-breakpoint
CREATE INDEX `certificates_course` ON `certificates` (`course_id`);