import { run } from '../shared/index.js'
await run('helm-charts')
