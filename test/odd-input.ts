import fc from 'fast-check'

/** Text an attacker or a confused browser might send: SQL and FTS syntax, NUL, bidi overrides, emoji, homoglyphs, huge strings. */
export const oddText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.constantFrom(
		"' OR 1=1 --",
		'"; DROP TABLE users; --',
		'NEAR(a b) OR title:*',
		'\u0000\u0000',
		'\u202Egnp.exe',
		'🙂👩🏽‍⚖️',
		'аdmin@example.org',
		'<script>alert(1)</script>',
		'%00%2e%2e%2f',
		'9'.repeat(400),
		'\uD800',
	),
	fc.constant('x'.repeat(100_000)),
)
export const oddValue = fc.oneof(oddText, fc.array(oddText, { minLength: 2, maxLength: 3 }))
