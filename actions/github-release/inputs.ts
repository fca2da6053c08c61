/**
 * github-release's inputs: the only place they are read and validated.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { resolveSubjects } from '../../packages/attest/index.ts'
import { readRepository } from '../../packages/github/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
  existingFile,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import type { ReleaseAsset } from '../../packages/release/index.ts'
import type { GithubReleaseOptions } from '../../packages/release/github-release.ts'
import { isPrerelease, requireReleaseTag, readTagPrefix } from '../../packages/versioning/index.ts'

export type GithubReleaseInputs = GithubReleaseOptions

const MAX_NOTES = 125_000

export function readInputs(inputs: Inputs, github: GithubContext): GithubReleaseInputs {
  const tagPrefix = readTagPrefix(inputs)
  const tag = inputs.required('tag', `the release tag, such as ${tagPrefix}1.2.3`)
  const version = requireReleaseTag('tag', tag, tagPrefix)
  const notesFile = inputs.optional('notes-file')
  const notesText = inputs.optional('notes')
  if (notesFile !== undefined && notesText !== undefined)
    throw new InputError('notes', 'expected notes or notes-file, not both')
  let notes = notesText ?? ''
  if (notesFile !== undefined) {
    const file = existingFile(
      'notes-file',
      notesFile,
      github.workspace,
      'a file with the release notes',
      {
        alsoUnder: [github.runnerTemp],
      },
    )
    notes = readFileSync(file, 'utf8')
  }
  if (notes.length > MAX_NOTES)
    throw new InputError(
      notesFile !== undefined ? 'notes-file' : 'notes',
      `the notes are ${notes.length} characters; GitHub accepts at most ${MAX_NOTES}`,
    )
  const patterns = inputs.list('assets')
  const matched =
    patterns.length === 0
      ? { subjects: [], skipped: [] }
      : resolveSubjects(github.workspace, patterns, { input: 'assets' })
  // A symlink (to a file or a directory) leading outside the workspace is never uploaded.
  for (const s of matched.skipped) inputs.warn(`assets: skipped ${s}.`)
  const assets: ReleaseAsset[] = matched.subjects.map(s => ({
    name: path.basename(s.absolute),
    file: s.absolute,
    size: s.size,
  }))
  const regenerated = inputs.list('regenerated-assets')
  for (const name of regenerated)
    if (/[/\\]/.test(name))
      throw new InputError(
        'regenerated-assets',
        `expected asset names (file names, no folders), got ${showValue(name)}`,
      )
  const prereleaseValue = inputs.choice('prerelease', ['auto', 'true', 'false'] as const, 'auto')
  const prerelease = prereleaseValue === 'auto' ? isPrerelease(version) : prereleaseValue === 'true'
  const token = inputs.required('token', 'a GitHub token with contents: write')
  const split = readRepository(inputs, github.repository)
  return {
    tag,
    version,
    name: inputs.string('name', tag),
    notes,
    assets,
    regenerated,
    prerelease,
    makeLatest: inputs.choice('make-latest', ['auto', 'true', 'false'] as const, 'auto'),
    majorTag: inputs.boolean('major-tag', false),
    tagPrefix,
    token,
    owner: split.owner,
    repo: split.repo,
    apiUrl: inputs.url(
      'api-url',
      github.apiUrl,
      'https://api.github.com or https://github.example.com/api/v3',
    ),
    path: resolveWorkspacePath('path', inputs.string('path', '.'), github.workspace),
    dryRun: inputs.boolean('dry-run', false),
  }
}
