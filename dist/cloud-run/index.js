import { run } from '../shared/index.js'
await run('cloud-run')
