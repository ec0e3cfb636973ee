import { rotateSigningKey } from '#app/platform/signing-keys.server.ts'

// Makes a new key sign certificates from now on. Older keys stay published in
// /.well-known/jwks.json and /.well-known/did.json, so credentials already handed out still verify.
// Restart Atlas afterwards so the running server signs with the new key.
const kid = await rotateSigningKey()
console.log(`New signing key ${kid}. Restart Atlas to sign with it; older keys remain published.`)
