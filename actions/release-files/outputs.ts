/**
 * release-files' outputs (the names of its action.yml) and step summary.
 */
import { code } from '../../packages/markdown/index.ts'
import type { ReleaseFilesResult } from '../../packages/release/release-files.ts'

export function filesOutputs(r: ReleaseFilesResult): Record<string, string> {
  return { path: r.dir, count: String(r.files.length) }
}

export function summarize(tag: string, r: ReleaseFilesResult): string {
  return `### Release files from ${code(tag)}\n\n${r.files.length} file(s) published with ${code(tag)} on the same commit, ${r.checked ? 'each checked against its checksums.txt' : 'which published no checksums.txt'}: ${r.files.map(f => code(f)).join(', ')}.\n`
}
