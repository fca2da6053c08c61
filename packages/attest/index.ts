export * from './checksums.ts'
export * from './notices.ts'
export * from './provenance.ts'
export * from './verify.ts'
