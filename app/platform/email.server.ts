import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from './env.server.ts'
import { randomToken } from './crypto.server.ts'

export type EmailMessage = { to: string; subject: string; text: string }
export type OutboxMessage = EmailMessage & { id: string; createdAt: string }

const outboxIdPattern = /^[0-9]{13}-[a-z2-7]{8}$/

function outboxDir() {
	return path.join(getEnv().DATA_DIR, 'outbox')
}

let transport: Transporter | undefined

/**
 * With SMTP_URL set, mail goes out through that server. Without it, each message is
 * written to DATA_DIR/outbox, where platform admins read it in the app, so the
 * embedded default needs no mail server for sign-up and password reset to work.
 */
export async function sendEmail(message: EmailMessage) {
	const env = getEnv()
	if (env.SMTP_URL) {
		transport ??= nodemailer.createTransport(env.SMTP_URL)
		await transport.sendMail({ from: env.MAIL_FROM, ...message })
		return
	}
	const id = `${Date.now()}-${randomToken(5)}`
	const record: OutboxMessage = { id, createdAt: new Date().toISOString(), ...message }
	await fs.mkdir(outboxDir(), { recursive: true })
	await fs.writeFile(path.join(outboxDir(), `${id}.json`), JSON.stringify(record, null, 2), {
		mode: 0o600,
	})
}

async function outboxIds() {
	try {
		const files = await fs.readdir(outboxDir())
		return files
			.filter((file) => file.endsWith('.json'))
			.map((file) => file.slice(0, -5))
			.filter((id) => outboxIdPattern.test(id))
			.sort()
			.reverse()
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
		throw error
	}
}

export async function readOutboxMessage(id: string): Promise<OutboxMessage | null> {
	if (!outboxIdPattern.test(id)) return null
	try {
		return JSON.parse(await fs.readFile(path.join(outboxDir(), `${id}.json`), 'utf8'))
	} catch {
		return null
	}
}

export async function listOutbox({ page, pageSize = 20 }: { page: number; pageSize?: number }) {
	const ids = await outboxIds()
	const slice = ids.slice((page - 1) * pageSize, page * pageSize)
	const messages = (await Promise.all(slice.map(readOutboxMessage))).filter(
		(message): message is OutboxMessage => message !== null,
	)
	return {
		total: ids.length,
		messages: messages.map(({ id, to, subject, createdAt }) => ({ id, to, subject, createdAt })),
	}
}
