CREATE TABLE `sign_in_throttles` (
	`subject` text NOT NULL,
	`known_device` integer NOT NULL,
	`failures` integer NOT NULL,
	`pauses` integer DEFAULT 0 NOT NULL,
	`paused_until` integer,
	`last_failure_at` integer NOT NULL,
	PRIMARY KEY(`subject`, `known_device`)
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttles_last_failure_idx` ON `sign_in_throttles` (`last_failure_at`);