CREATE TABLE `rate_limit_windows` (
	`limit_name` text NOT NULL,
	`client` text NOT NULL,
	`count` integer NOT NULL,
	`reset_at` integer NOT NULL,
	PRIMARY KEY(`limit_name`, `client`)
);
--> statement-breakpoint
CREATE INDEX `rate_limit_windows_reset_idx` ON `rate_limit_windows` (`reset_at`);