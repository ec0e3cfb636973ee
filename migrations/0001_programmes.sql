CREATE TABLE `interest_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`sealed` blob NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	`delete_after` integer NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interest_requests_programme_idx` ON `interest_requests` (`programme_id`,`status`);--> statement-breakpoint
CREATE INDEX `interest_requests_delete_after_idx` ON `interest_requests` (`delete_after`);--> statement-breakpoint
CREATE TABLE `programme_monthly_counts` (
	`programme_id` text NOT NULL,
	`month` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`interests` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`programme_id`, `month`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `programme_texts` (
	`programme_id` text NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`skills` text NOT NULL,
	`eligibility` text NOT NULL,
	`certification` text NOT NULL,
	`accessibility` text NOT NULL,
	`walk_in_hours` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`programme_id`, `language`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organisation_id` text NOT NULL,
	`source_language` text NOT NULL,
	`kind` text NOT NULL,
	`sector` text NOT NULL,
	`format` text NOT NULL,
	`country` text NOT NULL,
	`region` text NOT NULL,
	`languages` text NOT NULL,
	`duration_weeks` integer NOT NULL,
	`schedule` text NOT NULL,
	`cost_amount` integer,
	`cost_currency` text,
	`stipend` integer NOT NULL,
	`childcare` integer NOT NULL,
	`transport_help` integer NOT NULL,
	`job_placement` integer NOT NULL,
	`minimum_age` integer NOT NULL,
	`legal_status` text NOT NULL,
	`literacy` text NOT NULL,
	`phone` text,
	`interest_form` integer NOT NULL,
	`walk_in` integer NOT NULL,
	`verified_at` integer NOT NULL,
	`reminder_sent_at` integer,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programmes_slug_unique` ON `programmes` (`slug`);--> statement-breakpoint
CREATE INDEX `programmes_country_idx` ON `programmes` (`country`,`region`);--> statement-breakpoint
CREATE INDEX `programmes_organisation_idx` ON `programmes` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `support_service_texts` (
	`service_id` text NOT NULL,
	`language` text NOT NULL,
	`name` text NOT NULL,
	`summary` text NOT NULL,
	`hours` text NOT NULL,
	`contact` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`service_id`, `language`),
	FOREIGN KEY (`service_id`) REFERENCES `support_services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `support_services` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organisation_id` text NOT NULL,
	`source_language` text NOT NULL,
	`type` text NOT NULL,
	`country` text NOT NULL,
	`region` text NOT NULL,
	`languages` text NOT NULL,
	`phone` text,
	`open_24h` integer NOT NULL,
	`verified_at` integer NOT NULL,
	`reminder_sent_at` integer,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `support_services_slug_unique` ON `support_services` (`slug`);--> statement-breakpoint
CREATE INDEX `support_services_country_idx` ON `support_services` (`country`,`type`);--> statement-breakpoint
CREATE INDEX `support_services_organisation_idx` ON `support_services` (`organisation_id`);