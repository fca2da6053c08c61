export * from './tags.ts'
export * from './labels.ts'
export * from './publish.ts'
