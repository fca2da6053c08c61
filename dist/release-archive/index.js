import { run } from '../shared/index.js'
await run('release-archive')
