CREATE TABLE `search_miss_months` (
	`language` text NOT NULL,
	`month` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`month`, `language`)
);
--> statement-breakpoint
CREATE TABLE `course_feedback` (
	`enrolment_id` text PRIMARY KEY NOT NULL,
	`usefulness` integer NOT NULL,
	`recommend` integer NOT NULL,
	`language` text NOT NULL,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `course_feedback_answered` ON `course_feedback` (`answered_at`);--> statement-breakpoint
CREATE TABLE `follow_up_surveys` (
	`certificate_id` text PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL,
	`applied` text,
	`ways` text,
	`language` text,
	`answered_at` integer,
	FOREIGN KEY (`certificate_id`) REFERENCES `certificates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follow_up_surveys_sent` ON `follow_up_surveys` (`sent_at`);--> statement-breakpoint
CREATE INDEX `follow_up_surveys_answered` ON `follow_up_surveys` (`answered_at`);--> statement-breakpoint
CREATE TABLE `indicator_counts` (
	`series` text NOT NULL,
	`place` text NOT NULL,
	`organisation_id` text NOT NULL,
	`breakdown` text NOT NULL,
	`value` text NOT NULL,
	`month` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`series`, `place`, `organisation_id`, `breakdown`, `value`, `month`)
);
--> statement-breakpoint
CREATE INDEX `indicator_counts_month` ON `indicator_counts` (`series`,`month`);--> statement-breakpoint
CREATE TABLE `indicator_rollups` (
	`series` text PRIMARY KEY NOT NULL,
	`done_through` text NOT NULL,
	`counted_through` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indicator_targets` (
	`indicator` text NOT NULL,
	`year` integer NOT NULL,
	`place` text NOT NULL,
	`target` integer NOT NULL,
	`set_by` text,
	`set_at` integer NOT NULL,
	PRIMARY KEY(`indicator`, `year`, `place`),
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
ALTER TABLE `users` ADD `gender` text;--> statement-breakpoint
CREATE INDEX `enrolments_enrolled_at` ON `enrolments` (`created_at`);--> statement-breakpoint
CREATE INDEX `enrolments_completed_at` ON `enrolments` (`completed_at`);--> statement-breakpoint
CREATE INDEX `certificates_issued_at` ON `certificates` (`issued_at`);