CREATE TABLE `calendar_feeds` (
	`user_id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_hash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE TABLE `event_organisers` (
	`event_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `organisation_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_organisers_organisation` ON `event_organisers` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `event_registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`user_id` text NOT NULL,
	`status` text NOT NULL,
	`answers` text NOT NULL,
	`queued_at` integer NOT NULL,
	`attended` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_registrations_person` ON `event_registrations` (`event_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `event_registrations_queue` ON `event_registrations` (`event_id`,`status`,`queued_at`);--> statement-breakpoint
CREATE INDEX `event_registrations_user` ON `event_registrations` (`user_id`,`status`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`texts` text NOT NULL,
	`source_language` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`starts_on` text NOT NULL,
	`format` text NOT NULL,
	`city` text,
	`country` text,
	`joining_link` text,
	`working_languages` text NOT NULL,
	`interpretation` text NOT NULL,
	`audience` text NOT NULL,
	`capacity` integer NOT NULL,
	`registration_opens_at` integer NOT NULL,
	`registration_closes_at` integer NOT NULL,
	`questions` text NOT NULL,
	`agenda` text NOT NULL,
	`contact_email` text NOT NULL,
	`cohort_id` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_slug_unique` ON `events` (`slug`);--> statement-breakpoint
CREATE INDEX `events_upcoming` ON `events` (`audience`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_starts_on` ON `events` (`starts_on`);--> statement-breakpoint
CREATE INDEX `events_cohort` ON `events` (`cohort_id`);