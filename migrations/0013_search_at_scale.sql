CREATE TABLE `search_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_words` (
	`word` text PRIMARY KEY NOT NULL,
	`tier` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_words_length` ON `search_words` (length("word"),`word`,`tier`);--> statement-breakpoint
DROP INDEX `search_entries_item`;--> statement-breakpoint
CREATE INDEX `search_entries_facts` ON `search_entries` (`item_key`,`id`,`kind`,`language`,`type`,`topics`,`countries`,`tier`,`published_on`);--> statement-breakpoint
-- The full-text index keeps no copy of the text (search_entries has it): contentless, with deletes by rowid.
-- Emptying search_entries makes the next start rebuild the index (ensureSearchIndex), filling search_words too.
DROP TABLE `search_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, summary, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
-- Titles and summaries again, on their own: which matches hold the words there is asked of this small index, whose
-- lists are a tenth as long as those of search_fts (relevance ranks by where the words are).
CREATE VIRTUAL TABLE `search_heads` USING fts5(title, summary, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
DELETE FROM `search_entries`;
