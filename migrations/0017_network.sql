CREATE TABLE `commitment_results` (
	`id` text PRIMARY KEY NOT NULL,
	`commitment_id` text NOT NULL,
	`reported_on` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`reported_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `partnership_commitments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `commitment_results_commitment` ON `commitment_results` (`commitment_id`,`reported_on`);--> statement-breakpoint
CREATE TABLE `focal_points` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`titles` text NOT NULL,
	`countries` text NOT NULL,
	`areas` text NOT NULL,
	`languages` text NOT NULL,
	`channel_kind` text NOT NULL,
	`channel` text NOT NULL,
	`available_24h` integer DEFAULT false NOT NULL,
	`confirmed_at` integer NOT NULL,
	`confirmed_by` text,
	`reminded_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `focal_points_organisation` ON `focal_points` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `focal_points_confirmed` ON `focal_points` (`confirmed_at`);--> statement-breakpoint
CREATE TABLE `organisation_profiles` (
	`organisation_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`countries` text NOT NULL,
	`regions` text NOT NULL,
	`areas` text NOT NULL,
	`languages` text NOT NULL,
	`descriptions` text NOT NULL,
	`website` text,
	`is_public` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `organisation_profiles_kind` ON `organisation_profiles` (`kind`);--> statement-breakpoint
CREATE TABLE `partnership_commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`partnership_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`due_on` text,
	`met` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnership_commitments_partnership` ON `partnership_commitments` (`partnership_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `partnership_partners` (
	`partnership_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`agrees_to_publish` integer DEFAULT false NOT NULL,
	`agreed_at` integer,
	`agreed_by` text,
	PRIMARY KEY(`partnership_id`, `organisation_id`),
	FOREIGN KEY (`partnership_id`) REFERENCES `partnerships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `partnership_partners_organisation` ON `partnership_partners` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`texts` text NOT NULL,
	`source_language` text NOT NULL,
	`countries` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`status` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partnerships_slug_unique` ON `partnerships` (`slug`);--> statement-breakpoint
CREATE INDEX `partnerships_starts_on` ON `partnerships` (`starts_on`);--> statement-breakpoint
CREATE TABLE `campaign_materials` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`hash` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`width` integer,
	`height` integer,
	`uploaded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `campaign_materials_campaign` ON `campaign_materials` (`campaign_id`,`language`);--> statement-breakpoint
CREATE TABLE `campaign_partners` (
	`campaign_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	PRIMARY KEY(`campaign_id`, `organisation_id`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaign_partners_organisation` ON `campaign_partners` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `campaign_reach` (
	`campaign_id` text NOT NULL,
	`country` text NOT NULL,
	`month` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`downloads` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`campaign_id`, `country`, `month`),
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`texts` text NOT NULL,
	`source_language` text NOT NULL,
	`countries` text NOT NULL,
	`audiences` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`organisation_id` text NOT NULL,
	`press_name` text NOT NULL,
	`press_email` text NOT NULL,
	`press_phone` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaigns_slug_unique` ON `campaigns` (`slug`);--> statement-breakpoint
CREATE INDEX `campaigns_status_starts` ON `campaigns` (`status`,`starts_on`);--> statement-breakpoint
CREATE TABLE `reported_reach` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`country` text,
	`month` text NOT NULL,
	`source` text NOT NULL,
	`reported_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reported_reach_campaign` ON `reported_reach` (`campaign_id`,`month`);--> statement-breakpoint
CREATE TABLE `news_stories` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`texts` text NOT NULL,
	`source_language` text NOT NULL,
	`organisation_id` text NOT NULL,
	`campaign_id` text,
	`state` text DEFAULT 'draft' NOT NULL,
	`embargo_until` integer,
	`published_at` integer,
	`names_survivor` integer DEFAULT false NOT NULL,
	`consent_organisation_id` text,
	`consent_reference` text,
	`review_note` text,
	`author_id` text,
	`submitted_by` text,
	`reviewed_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`consent_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `news_stories_slug_unique` ON `news_stories` (`slug`);--> statement-breakpoint
CREATE INDEX `news_stories_published` ON `news_stories` (`state`,`published_at`);--> statement-breakpoint
CREATE INDEX `news_stories_organisation` ON `news_stories` (`organisation_id`);