CREATE TABLE `library_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`organisation_id` text NOT NULL,
	`author_id` text,
	`draft` text NOT NULL,
	`draft_version` integer DEFAULT 1 NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`published_revision_id` text,
	`content_hash` text,
	`is_sample` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_documents_slug_unique` ON `library_documents` (`slug`);--> statement-breakpoint
CREATE INDEX `library_documents_author` ON `library_documents` (`author_id`);--> statement-breakpoint
CREATE INDEX `library_documents_state` ON `library_documents` (`state`);--> statement-breakpoint
CREATE TABLE `library_files` (
	`hash` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`size` integer NOT NULL,
	`uploaded_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `library_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`action` text NOT NULL,
	`user_id` text NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `library_reviews_document` ON `library_reviews` (`document_id`);--> statement-breakpoint
CREATE TABLE `library_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`number` integer NOT NULL,
	`document` text NOT NULL,
	`type` text NOT NULL,
	`tier` text NOT NULL,
	`protocol_version` integer,
	`protocol_status` text,
	`author_id` text,
	`published_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `library_revisions_number` ON `library_revisions` (`document_id`,`number`);--> statement-breakpoint
CREATE TABLE `protocol_adoptions` (
	`document_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	`version` integer NOT NULL,
	`adopted_on` text NOT NULL,
	`recorded_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`document_id`, `organisation_id`, `version`),
	FOREIGN KEY (`document_id`) REFERENCES `library_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `search_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`item_key` text NOT NULL,
	`kind` text NOT NULL,
	`path` text NOT NULL,
	`language` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body` text NOT NULL,
	`type` text NOT NULL,
	`topics` text NOT NULL,
	`countries` text NOT NULL,
	`tier` text NOT NULL,
	`published_on` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_entries_key_unique` ON `search_entries` (`key`);--> statement-breakpoint
CREATE INDEX `search_entries_item` ON `search_entries` (`item_key`);--> statement-breakpoint
CREATE TABLE `search_misses` (
	`query` text NOT NULL,
	`language` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`query`, `language`)
);
--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`delivered_at` integer
);
--> statement-breakpoint
CREATE INDEX `search_outbox_pending` ON `search_outbox` (`delivered_at`,`next_attempt_at`);