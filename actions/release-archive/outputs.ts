/**
 * release-archive's outputs (the names of its action.yml) and step summary.
 */
import path from 'node:path'
import type { ArchiveResult } from '../../packages/archive/index.ts'
import { code } from '../../packages/markdown/index.ts'

export function archiveOutputs(r: ArchiveResult): Record<string, string> {
  return { file: r.file, name: path.basename(r.file), entries: r.entries.join('\n') }
}

export function summarize(r: ArchiveResult): string {
  return `### Release archive ${code(path.basename(r.file))}\n\n${r.entries.length} file(s): ${r.entries.map(e => code(e)).join(', ')}.\n`
}
