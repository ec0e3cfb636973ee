-- The full-text index over search_entries: normalised title, summary and body under the
-- entry's rowid. Text is normalised by app/modules/search/normalise.ts before it is stored
-- and before it is queried, so accents, case and Arabic letter variants do not matter.
CREATE VIRTUAL TABLE `search_fts` USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
