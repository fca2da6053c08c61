import { run } from '../shared/index.js'
await run('goreleaser-dist')
