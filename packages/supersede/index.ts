export * from './banner.ts'
export * from './supersede.ts'
