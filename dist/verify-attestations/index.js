import { run } from '../shared/index.js'
await run('verify-attestations')
