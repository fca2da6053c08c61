import { run } from '../shared/index.js'
await run('deploy-plan')
