import { z } from 'zod'
import { isBeyondPostLimits, postLimits } from '#app/modules/forums/markdown.ts'
import { maxTitleLength, reportReasons } from '#app/modules/forums/vocabulary.ts'
import { choice, optionalText, requiredText, wholeNumber } from '#app/platform/form-fields.ts'
import { languages } from '#app/platform/i18n.ts'

const body = requiredText(postLimits.maxCharacters).refine(
	(text) => !isBeyondPostLimits(text),
	'forums:errors.too-nested',
)

export const threadSchema = z.object({
	title: requiredText(maxTitleLength),
	body,
	language: choice(languages),
})

export const replySchema = z.object({
	body,
	language: choice(languages),
	quotedPostId: optionalText(64),
})

export const editSchema = z.object({ body })

/** The author's answer to a held post: publish a corrected wording, or confirm the one they wrote. */
export const heldSchema = z.object({ intent: choice(['correct', 'confirm']), body })

export const reportSchema = z.object({ reason: choice(reportReasons), note: optionalText(1000) })

const reason = requiredText(1000)

export const postModerationSchema = z.object({ intent: choice(['hide', 'restore', 'dismiss']), reason })
export const threadModerationSchema = z.object({
	intent: choice(['lock', 'unlock', 'move']),
	reason,
	categorySlug: optionalText(80),
})
export const memberModerationSchema = z.object({
	intent: choice(['suspend', 'trust']),
	reason,
	days: wholeNumber(1, 365).optional(),
})
