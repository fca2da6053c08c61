import { run } from '../shared/index.js'
await run('publish-tags-matrix')
