ALTER TABLE `indicator_rollups` ADD `counts_token` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The feedback and follow-up answers are no longer broken down by answer (a part counted as its own series would be
-- the sum of two answers' cells): their old rows go.
DELETE FROM `indicator_counts` WHERE `breakdown` = 'answer';
