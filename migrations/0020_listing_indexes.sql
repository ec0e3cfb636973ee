CREATE INDEX `course_revisions_facts` ON `course_revisions` (`id`,`level`,`format`,`topics`,`competencies`,`languages`);--> statement-breakpoint
CREATE INDEX `courses_published` ON `courses` (`published_revision_id`,`slug`);--> statement-breakpoint
CREATE INDEX `events_listing` ON `events` (`ends_at`,`audience`,`cohort_id`,`kind`,`country`,`starts_on`,`starts_at`);--> statement-breakpoint
CREATE INDEX `events_choices` ON `events` (`country`,`working_languages`,`interpretation`);