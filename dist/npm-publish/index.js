import { run } from '../shared/index.js'
await run('npm-publish')
