import { run } from '../shared/index.js'
await run('generate-changelog')
