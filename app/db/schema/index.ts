export * from './accounts.ts'
export * from './sessions.ts'
export * from './audit.ts'
export * from './programmes.ts'
