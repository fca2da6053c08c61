/**
 * generate-changelog's outputs (the names of its action.yml) and step summary.
 */
import path from 'node:path'
import type { GenerateResult } from '../../packages/changelog/index.ts'
import { code, codeBlock, table } from '../../packages/markdown/index.ts'
import { formatVersion } from '../../packages/versioning/index.ts'
import type { GenerateChangelogInputs } from './inputs.ts'

export function changelogOutputs(
  inputs: GenerateChangelogInputs,
  result: GenerateResult,
): Record<string, string> {
  return {
    changelog: result.section,
    file: inputs.file ?? '',
    'notes-file': inputs.notesFile ?? '',
    'has-breaking': String(result.hasBreaking),
    'commit-count': String(result.listed),
    changed: String(result.changed),
  }
}

export function summarize(
  inputs: GenerateChangelogInputs,
  r: GenerateResult,
  workspace: string,
): string {
  const name = inputs.version ? `${inputs.tagPrefix}${formatVersion(inputs.version)}` : 'Unreleased'
  const rel = (f: string | undefined) => (f ? code(path.relative(workspace, f) || f) : '—')
  const rows = [
    ['Section', code(name)],
    ['Range', `${r.from ? code(r.from) : 'the first commit'} … ${code(r.to)}`],
    ['Commits in the range', String(r.commits.length)],
    ['Commits listed', String(r.listed)],
    ['Housekeeping commits left out', String(r.skipped)],
    ['Breaking changes', r.hasBreaking ? 'yes' : 'no'],
    ['Style', inputs.style],
    [
      'File',
      inputs.file
        ? `${rel(inputs.file)} (${r.changed ? 'updated' : 'unchanged: this section was already there'})`
        : 'not written',
    ],
    ['Release notes', rel(inputs.notesFile)],
  ]
  return [
    `### generate-changelog: ${code(name)}`,
    '',
    table(['', ''], rows),
    '',
    '<details><summary>The section</summary>',
    '',
    codeBlock(r.section, 'markdown'),
    '',
    '</details>',
    '',
  ].join('\n')
}
