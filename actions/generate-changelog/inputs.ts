/**
 * generate-changelog's inputs: the only place they are read and validated.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import {
  resolveWorkspacePath,
  trimAscii,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { InputError, showValue } from '../../packages/errors/index.ts'
import {
  CHANGELOG_STYLES,
  changelogFileProblem,
  detectStyle,
  pathspecs,
  type GenerateOptions,
} from '../../packages/changelog/index.ts'
import { requireVersion, unsafeRefReason, readTagPrefix } from '../../packages/versioning/index.ts'
import { readImageInput } from '../../packages/oci/index.ts'
import type { ChartReference } from '../../packages/changelog/index.ts'
import { CONFIG_FILE, loadConfig } from '../../packages/config/index.ts'

export interface GenerateChangelogInputs extends GenerateOptions {
  /** The repository directory. */
  path: string
}

function readRef(input: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const problem = unsafeRefReason(value)
  if (problem)
    throw new InputError(
      input,
      `expected a tag, branch or commit, got ${showValue(value)}: it ${problem}`,
    )
  return value
}

export function readInputs(inputs: Inputs, github: GithubContext): GenerateChangelogInputs {
  const tagPrefix = readTagPrefix(inputs)
  const versionValue = inputs.optional('version')
  const version =
    versionValue === undefined ? undefined : requireVersion('version', versionValue, tagPrefix)
  const from = readRef('from', inputs.optional('from'))
  const to = readRef('to', inputs.optional('to'))

  const repo = resolveWorkspacePath('path', inputs.string('path', '.'), github)
  if (!existsSync(repo))
    throw new InputError(
      'path',
      `expected the directory of a git repository; ${showValue(repo)} does not exist`,
    )

  // Not given at all: CHANGELOG.md. Given empty: write no file. A regular file, never a symlink
  // (not even one that stays inside): see changelogFileProblem; said before the workspace rule,
  // which a link outside breaks too, because it says more.
  const rawFile = inputs.source.get('file')
  const fileValue = rawFile === undefined ? undefined : trimAscii(rawFile)
  const changelogFile = (value: string, shown: string): string => {
    const problem = value.includes('\0')
      ? undefined
      : changelogFileProblem(path.resolve(github.workspace, value), repo)
    if (problem) throw new InputError('file', `${showValue(shown, 4096)} ${problem}`)
    return resolveWorkspacePath('file', value, github)
  }
  const file =
    fileValue === undefined
      ? changelogFile(
          path.join(repo, 'CHANGELOG.md'),
          path.join(path.relative(github.workspace, repo), 'CHANGELOG.md'),
        )
      : fileValue === ''
        ? undefined
        : changelogFile(fileValue, fileValue)

  const styleValue = inputs.optional('style')
  const style =
    styleValue === undefined
      ? detectStyle(file)
      : inputs.choice('style', CHANGELOG_STYLES, 'grouped')

  const date = inputs.optional('date') === undefined ? undefined : inputs.date('date')

  const repoUrl = inputs.repositoryUrl(
    'repo-url',
    github.repository ? `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}` : undefined,
  )
  const paths = pathspecs({
    include: inputs.list('include-paths'),
    exclude: inputs.list('exclude-paths'),
  })
  const notes = inputs.optional('notes-file')
  const notesFile =
    notes === undefined
      ? undefined
      : resolveWorkspacePath('notes-file', notes, github, {
          alsoUnder: [github.runnerTemp],
        })
  const images = inputs
    .list('images')
    .map(value => readImageInput('images', value, 'any', inputs.warn).image)
  const charts = inputs.list('charts').map(value => readChartReference(value, inputs.warn))
  const attested = inputs.boolean('attested', true)
  const signed = inputs.boolean('signed', false)
  const signerWorkflow = inputs.optional('signer-workflow')
  if (
    signerWorkflow !== undefined &&
    !/^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[\w./-]+\.ya?ml$/.test(signerWorkflow)
  )
    throw new InputError(
      'signer-workflow',
      `expected owner/repo/.github/workflows/<file>.yml, got ${showValue(signerWorkflow)}`,
    )
  const checksumsFile = inputs.string('checksums-file', 'checksums.txt')
  if (/[\s/\\]|^-/.test(checksumsFile)) {
    throw new InputError(
      'checksums-file',
      `expected a file name such as checksums.txt, got ${showValue(checksumsFile)}`,
    )
  }
  const configFile = resolveWorkspacePath(
    'config',
    inputs.string('config', path.join(path.relative(github.workspace, repo) || '.', CONFIG_FILE)),
    github,
  )
  const config = loadConfig(configFile).changelog

  return {
    path: repo,
    tagPrefix,
    version,
    from,
    to,
    style,
    file,
    date,
    repoUrl,
    paths,
    notesFile,
    images,
    charts,
    checksumsFile,
    attested,
    signed,
    signerWorkflow,
    config,
  }
}

const CHART_FORM =
  "a chart as pushed, <registry>/<owner>/charts/<name>:<version>[@sha256:…] (the charts job's references output)"

/** A chart reference of the charts input: its tag is the chart version, its last segment the name. */
function readChartReference(value: string, warn: (message: string) => void): ChartReference {
  const { ref } = readImageInput('charts', value.replace(/^oci:\/\//, ''), 'any', warn, CHART_FORM)
  if (ref.tag === undefined)
    throw new InputError(
      'charts',
      `expected ${CHART_FORM}, got ${showValue(value)} (it has no version tag)`,
    )
  const repository = `${ref.registry}/${ref.repository}`
  return {
    name: ref.repository.slice(ref.repository.lastIndexOf('/') + 1),
    repository,
    version: ref.tag,
    ...(ref.digest ? { digest: ref.digest } : {}),
  }
}
