/**
 * homebrew's outputs (the names of its action.yml) and step summary.
 */
import { code, table } from '../../packages/markdown/index.ts'

export interface FormulaCommit {
  tap: string
  path: string
  status: string
  commit: string
  files: readonly { os: string; cpu: string; file: string; sha256: string }[]
}

export function homebrewOutputs(r: FormulaCommit): Record<string, string> {
  return { status: r.status, commit: r.commit, 'formula-path': r.path }
}

export function summarize(r: FormulaCommit): string {
  return [
    `### Homebrew: ${code(`${r.tap}/${r.path}`)} ${r.status}`,
    '',
    table(
      ['Platform', 'File', 'sha256'],
      r.files.map(f => [`${f.os}/${f.cpu}`, code(f.file), code(f.sha256)]),
    ),
    '',
  ].join('\n')
}
