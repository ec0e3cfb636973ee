import { SignJWT } from 'jose'
import { getEnv } from '#app/platform/env.server.ts'
import { serverI18n } from '#app/platform/i18n.server.ts'
import { currentSigningKey } from '#app/platform/signing-keys.server.ts'
import { type CertificateRow, verificationUrl } from './certificates.server.ts'

/** The issuer's decentralised identifier: did:web of Atlas's own address, whose document lists the signing keys. */
export function issuerDid() {
	const { host } = new URL(getEnv().PUBLIC_URL)
	return `did:web:${encodeURIComponent(host)}`
}

/** A key's id as a DID URL, the same in the JWT header, the JWK Set and the DID document. */
export function keyId(kid: string) {
	return `${issuerDid()}#${kid}`
}

export function credentialUrl(code: string, extension: 'json' | 'jwt') {
	return `${getEnv().PUBLIC_URL}/credentials/${code}.${extension}`
}

export const revocationListUrl = () => `${getEnv().PUBLIC_URL}/credentials/revocations.json`

/**
 * The certificate as an Open Badges 3.0 OpenBadgeCredential (W3C Verifiable Credentials
 * data model 2.0). The holder is identified by a salted hash of their email, never the
 * address itself; `credentialStatus` points at the issuer's revocation list.
 */
export function openBadgeCredential(row: CertificateRow, courseSlug: string) {
	const base = getEnv().PUBLIC_URL
	const { t } = serverI18n(row.language)
	const words = (key: string, values?: Record<string, unknown>) => t(key, { ns: 'certificates', ...values })
	const courseUrl = `${base}/${row.language}/courses/${courseSlug}`
	return {
		'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
		id: `urn:uuid:${row.id}`,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		name: row.certificateName,
		issuer: {
			id: issuerDid(),
			type: ['Profile'],
			name: row.issuers.map((issuer) => issuer.name).join(', '),
			url: base,
		},
		validFrom: row.issuedAt.toISOString(),
		...(row.expiresAt ? { validUntil: row.expiresAt.toISOString() } : {}),
		credentialSubject: {
			type: ['AchievementSubject'],
			name: row.holderName,
			identifier: [
				{
					type: 'IdentityObject',
					identityType: 'emailAddress',
					hashed: true,
					identityHash: row.subjectHash,
					salt: row.subjectSalt,
				},
			],
			achievement: {
				id: `${courseUrl}#revision-${row.courseRevision}`,
				type: ['Achievement'],
				achievementType: 'Certificate',
				name: row.courseTitle,
				description: row.courseSummary,
				criteria: {
					id: courseUrl,
					narrative: words('credential.criteria', { course: row.courseTitle, revision: row.courseRevision }),
				},
				inLanguage: row.language,
				alignment: row.competencies.map((competency) => ({
					type: ['Alignment'],
					targetName: t(`competencies.${competency}`, { ns: 'courses' }),
					targetCode: competency,
					targetUrl: `${base}/${row.language}/courses?competency=${competency}`,
					targetFramework: words('credential.framework'),
				})),
			},
			...(row.score !== null ? { result: [{ type: ['Result'], value: String(row.score) }] } : {}),
		},
		credentialStatus: { id: revocationListUrl(), type: '1EdTechRevocationList' },
		evidence: [{ id: verificationUrl(row.code, row.language), type: ['Evidence'], name: words('verify.title') }],
	}
}

/** The credential signed as a VC-JOSE JWT with the current Ed25519 key. */
export async function signedCredential(row: CertificateRow, courseSlug: string) {
	const key = await currentSigningKey()
	const credential = openBadgeCredential(row, courseSlug)
	const jwt = new SignJWT(credential as unknown as Record<string, unknown>)
		.setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: keyId(key.kid) })
		.setIssuer(issuerDid())
		.setJti(credential.id)
		.setIssuedAt()
		.setNotBefore(row.issuedAt)
	if (row.expiresAt) jwt.setExpirationTime(row.expiresAt)
	return jwt.sign(key.privateKey)
}
