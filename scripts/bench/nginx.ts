/** nginx serving saved pages from files on loopback: the physical baseline Atlas's pages are measured beside. */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort, request, sleep, stop } from './server.ts'

export const nginxBinary = '/usr/sbin/nginx'

/** A saved answer: its body in `file`, served at /<its index> with the type Atlas sent. */
export type SavedPage = { contentType: string; file: string }

/** The temp folders nginx was built to use, moved into ours so it runs without root and touches nothing else. */
function nginxTempPaths(folder: string) {
	// nginx -V writes its build options to stderr.
	const { stderr } = spawnSync(nginxBinary, ['-V'], { encoding: 'utf8' })
	return [...stderr.matchAll(/--http-([\w-]+)-temp-path=/g)].map(
		([, kind]) => `${kind!.replaceAll('-', '_')}_temp_path ${path.join(folder, kind!)};`,
	)
}

function nginxConfig(folder: string, port: number, pages: SavedPage[]) {
	const locations = pages.map(
		(page, index) => `		location = /${index} { default_type "${page.contentType}"; alias ${page.file}; }`,
	)
	return [
		'daemon off;',
		// As root, workers would run as nobody and could not read our private temp folder.
		...(process.getuid?.() === 0 ? ['user root;'] : []),
		`worker_processes ${os.availableParallelism()};`,
		`pid ${path.join(folder, 'nginx.pid')};`,
		`error_log ${path.join(folder, 'error.log')} warn;`,
		'events { worker_connections 1024; }',
		'http {',
		'	access_log off;',
		// Only default_type decides the Content-Type: the one Atlas sent.
		'	types {}',
		'	sendfile on;',
		// Node keeps a connection for any number of requests; nginx's default 1000 would add reconnections.
		'	keepalive_requests 1000000;',
		...nginxTempPaths(folder).map((line) => `	${line}`),
		'	server {',
		`		listen 127.0.0.1:${port};`,
		...locations,
		'	}',
		'}',
		'',
	].join('\n')
}

/** Starts nginx on the pages (page i at /i), its files in `folder`; `cleanups` gets its stop. Answers its base URL. */
export async function startNginx(folder: string, pages: SavedPage[], cleanups: (() => Promise<void> | void)[]) {
	const port = await freePort()
	const config = path.join(folder, 'nginx.conf')
	fs.writeFileSync(config, nginxConfig(folder, port, pages))
	// -e: the error log before the config is read, which would otherwise be the system's.
	const child = spawn(nginxBinary, ['-p', folder, '-e', path.join(folder, 'error.log'), '-c', config], {
		stdio: ['ignore', 'ignore', 'inherit'],
	})
	cleanups.push(() => stop(child, 'SIGQUIT'))
	const base = `http://127.0.0.1:${port}`
	for (let attempt = 0; attempt < 50; attempt++) {
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see its error log above.`)
		if ((await request(`${base}/0`).catch(() => null))?.status === 200) return base
		await sleep(100)
	}
	throw new Error('nginx did not answer within 5 seconds.')
}
