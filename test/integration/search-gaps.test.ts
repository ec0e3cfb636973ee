import { createHmac } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { getDb } from '#app/db/client.server.ts'
import { searchMisses } from '#app/db/schema/index.ts'
import { getEnv } from '#app/platform/env.server.ts'
import { contentGaps, searchAtlas } from '#app/modules/search/search.server.ts'
import { encryptSecret } from '#app/platform/keys.server.ts'
import { createActor } from '#test/factories.ts'

const day = 86_400_000

type Member = Awaited<ReturnType<typeof createActor>>

const ask = (member: Member, query: string, now: Date) =>
	searchAtlas(member, 'en', { query, filters: {}, sort: 'relevance', page: 1 }, now)

const stored = (query: string) => getDb().select().from(searchMisses).where(eq(searchMisses.query, query)).get()

const appKey = () => fs.readFileSync(path.join(getEnv().DATA_DIR, 'keys', 'app.key'))

/** The search salts the vault still holds. */
function saltsLeft() {
	const vault = getDb().$client.prepare("select 1 from pragma_database_list where name = 'vault'").get()
	if (!vault) return []
	return (getDb().$client.prepare('select salt from vault.search_salts').all() as { salt: Buffer }[]).map(
		(row) => row.salt,
	)
}

/** Whether any stored value is (a prefix of) a keyed hash of a member's id under one of these keys. */
function matchesAMember(values: string[], members: Member[], keys: Buffer[]) {
	return members.some((member) =>
		keys.some((key) => {
			const hash = createHmac('sha256', key).update(member.id).digest('hex')
			return values.some((value) => value.length >= 16 && hash.startsWith(value))
		}),
	)
}

const allSearchers = () =>
	getDb()
		.select({ searchers: searchMisses.searchers })
		.from(searchMisses)
		.all()
		.flatMap((row) => row.searchers)

test('what is kept about searchers cannot be matched to a member with the app key, nor with anything once the month is over', async () => {
	const members = [await createActor({ roles: ['ngo_member'] }), await createActor({ roles: ['ngo_member'] })]
	// The app key exists, as it does once anyone has turned two-factor sign-in on.
	encryptSecret(new Uint8Array(1))
	const query = `lagoon${Date.now()}`
	const now = new Date()
	await ask(members[0]!, query, now)
	expect(stored(query)!.searchers).toHaveLength(1)
	expect(matchesAMember(stored(query)!.searchers, members, [appKey()])).toBe(false)
	await ask(members[1]!, query, now)
	expect(contentGaps(20, now).map((gap) => gap.query)).toContain(query)
	// Asked by one member only, so far: the one thing that still tells who asked.
	await ask(members[0]!, `lone${query}`, now)
	expect(stored(`lone${query}`)!.searchers).toHaveLength(1)

	// The month is over: its salt is destroyed and the hashes made with it are gone.
	const later = new Date(now.getTime() + 40 * day)
	await ask(members[1]!, `other${query}`, later)
	expect(stored(`lone${query}`)!.searchers).toEqual([])
	expect(saltsLeft()).toHaveLength(1)
	// The first member searched last month only: no key left matches them to anything stored.
	expect(matchesAMember(allSearchers(), [members[0]!], [appKey(), ...saltsLeft()])).toBe(false)
	// What several members asked for stays a gap; what one asked never becomes one.
	expect(contentGaps(20, later)).toContainEqual(expect.objectContaining({ query, count: 2 }))
	expect(contentGaps(20, later).map((gap) => gap.query)).not.toContain(`lone${query}`)
})

test('one member asking twice, even in two periods, is not a gap; a second member within one period makes it one', async () => {
	const [first, second] = [await createActor({ roles: ['ngo_member'] }), await createActor({ roles: ['ngo_member'] })]
	const query = `estuary${Date.now()}`
	const now = new Date()
	const later = new Date(now.getTime() + 40 * day)
	await ask(first, query, now)
	await ask(first, query, now)
	await ask(first, query, later)
	expect(contentGaps(20, later).map((gap) => gap.query)).not.toContain(query)
	await ask(second, query, later)
	expect(contentGaps(20, later)).toContainEqual(expect.objectContaining({ query, count: 4 }))
})
