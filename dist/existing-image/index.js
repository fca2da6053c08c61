import { run } from '../shared/index.js'
await run('existing-image')
