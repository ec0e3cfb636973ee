ALTER TABLE `search_misses` ADD `asked_by_several` integer DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE `search_misses` SET `asked_by_several` = 1 WHERE json_array_length(`searchers`) >= 2;--> statement-breakpoint
UPDATE `search_misses` SET `searchers` = '[]';
