import path from 'node:path'
import { generateChangelog, type GenerateResult } from '../../packages/changelog/index.ts'
import { Git } from '../../packages/git/index.ts'
import { code, codeBlock, table } from '../../packages/markdown/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { formatVersion } from '../../packages/versioning/index.ts'
import { readInputs, toGenerateOptions, type GenerateChangelogInputs } from './inputs.ts'

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

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const options = readInputs(inputs, github)
  const result = await generateChangelog(new Git(options.path), toGenerateOptions(options))
  logger.info(
    `${result.commits.length} commit(s) in ${result.from ?? 'the first commit'}..${result.to}; ${result.skipped} housekeeping commit(s) left out.`,
  )
  logger.info(
    options.file
      ? `${options.file}: ${result.changed ? 'updated' : 'unchanged'}`
      : 'No file written (file is empty).',
  )
  // The section is commit text: print it with workflow commands turned off.
  logger.untrusted(result.section)
  return {
    outputs: {
      changelog: result.section,
      file: options.file ?? '',
      'notes-file': options.notesFile ?? '',
      'has-breaking': String(result.hasBreaking),
      'commit-count': String(result.listed),
      changed: String(result.changed),
    },
    summary: summarize(options, result, github.workspace),
  }
}
