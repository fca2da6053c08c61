export * from './reference.ts'
export * from './client.ts'
