#!/usr/bin/env node
import { run } from '../shared/index.js'
await run('cli')
