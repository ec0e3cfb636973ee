import { eq } from 'drizzle-orm'
import { type Db, getDb, writeTransaction } from '#app/db/client.server.ts'
import { mdxBuilds } from '#app/db/schema/index.ts'
import { done, type Done } from '#app/platform/outcome.ts'
import { compileLesson } from './compile.server.ts'
import { findMediaProblems } from './media-problems.ts'
import { type MdxRefusal, mdxRefusal } from './problems.ts'

export function findBuild(hash: string, db: Db = getDb()) {
	return db.select({ code: mdxBuilds.code }).from(mdxBuilds).where(eq(mdxBuilds.hash, hash)).get()?.code
}

export function saveBuild(hash: string, code: string, db: Db) {
	db.insert(mdxBuilds).values({ hash, code }).onConflictDoNothing().run()
}

/**
 * Checks MDX (the allow-list, and media among the uploads given) and keeps its compiled
 * code under the source's hash. Lessons and library documents share these rules.
 */
export async function compileAndKeep(
	body: string,
	uploaded: { hash: string; type: string }[],
): Promise<Done<{ hash: string }> | MdxRefusal> {
	const compiled = await compileLesson(body)
	if (!compiled.ok) return mdxRefusal(compiled.problems)
	const mediaProblems = findMediaProblems(body, uploaded)
	if (mediaProblems.length) return mdxRefusal(mediaProblems)
	// Builds are keyed by their source's hash, so keeping one that ends up unused is harmless.
	writeTransaction((tx) => saveBuild(compiled.hash, compiled.code, tx))
	return done({ hash: compiled.hash })
}
