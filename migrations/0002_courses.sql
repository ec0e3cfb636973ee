CREATE TABLE `cohort_trainers` (
	`cohort_id` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`cohort_id`, `user_id`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`title` text NOT NULL,
	`starts_on` integer NOT NULL,
	`ends_on` integer NOT NULL,
	`enrolment_opens_at` integer NOT NULL,
	`enrolment_closes_at` integer NOT NULL,
	`capacity` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cohorts_course` ON `cohorts` (`course_id`);--> statement-breakpoint
CREATE TABLE `course_authors` (
	`course_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`course_id`, `user_id`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_authors_user` ON `course_authors` (`user_id`);--> statement-breakpoint
CREATE TABLE `course_media` (
	`course_id` text NOT NULL,
	`hash` text NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`name` text NOT NULL,
	`uploaded_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`course_id`, `hash`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_media_hash` ON `course_media` (`hash`);--> statement-breakpoint
CREATE TABLE `course_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`course_id` text NOT NULL,
	`number` integer NOT NULL,
	`document` text NOT NULL,
	`document_hash` text NOT NULL,
	`level` text NOT NULL,
	`format` text NOT NULL,
	`topics` text NOT NULL,
	`competencies` text NOT NULL,
	`languages` text NOT NULL,
	`created_at` integer NOT NULL,
	`published_by` text,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_revisions_number` ON `course_revisions` (`course_id`,`number`);--> statement-breakpoint
CREATE TABLE `courses` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organisation_id` text NOT NULL,
	`draft` text NOT NULL,
	`draft_version` integer DEFAULT 1 NOT NULL,
	`published_revision_id` text,
	`content_hash` text,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `courses_slug_unique` ON `courses` (`slug`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`course_id` text NOT NULL,
	`revision_id` text NOT NULL,
	`cohort_id` text,
	`language` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	`last_lesson_id` text,
	`completed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `course_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_learner_course` ON `enrolments` (`user_id`,`course_id`);--> statement-breakpoint
CREATE INDEX `enrolments_cohort` ON `enrolments` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `lesson_builds` (
	`hash` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `lesson_completions` (
	`enrolment_id` text NOT NULL,
	`lesson_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`enrolment_id`, `lesson_id`),
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `quiz_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`enrolment_id` text NOT NULL,
	`quiz_id` text NOT NULL,
	`paper` text NOT NULL,
	`language` text NOT NULL,
	`responses` text,
	`score` integer,
	`passed` integer,
	`created_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quiz_attempts_enrolment` ON `quiz_attempts` (`enrolment_id`,`quiz_id`);