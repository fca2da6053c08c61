import { runAction } from '../../packages/runtime/index.ts'
import { main } from './main.ts'

await runAction(main)
