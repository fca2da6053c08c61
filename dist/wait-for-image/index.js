import { run } from '../shared/index.js'
await run('wait-for-image')
