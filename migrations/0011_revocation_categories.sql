ALTER TABLE `certificates` ADD `revoked_category` text;--> statement-breakpoint
UPDATE `certificates` SET `revoked_category` = 'other' WHERE `revoked_at` IS NOT NULL;
