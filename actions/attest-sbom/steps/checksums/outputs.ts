/**
 * checksums' outputs (the names of its action.yml) and step summary.
 */
import path from 'node:path'
import type { ChecksumsResult } from '../../../../packages/attest/index.ts'
import { code, table } from '../../../../packages/markdown/index.ts'

export function checksumsOutputs(r: ChecksumsResult): Record<string, string> {
  return {
    'checksums-file': r.output,
    'subjects-file': r.subjectsFile,
    count: String(r.count),
    'split-files': r.splitFiles.join('\n'),
    skipped: r.skipped.join('\n'),
  }
}

export function summarize(r: ChecksumsResult): string {
  const shown = r.lines.slice(0, 50).map(l => {
    const [digest = '', name = ''] = l.replace(/^\\/, '').split(/ {2}/)
    return [code(name), code(digest)]
  })
  return [
    `### checksums: ${r.count} artifact(s)`,
    '',
    table(['File', 'SHA-256'], shown),
    r.count > 50 ? `\n… and ${r.count - 50} more in ${code(path.basename(r.output))}.` : '',
    r.skipped.length ? `\nSkipped: ${r.skipped.map(s => code(s)).join(', ')}` : '',
    '',
  ].join('\n')
}
