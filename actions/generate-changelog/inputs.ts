/**
 * generate-changelog's inputs: the only place they are read and validated.
 */
import { existsSync, readFileSync } from 'node:fs'
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
  loadChangelogConfig,
  pathspecs,
  type ChangelogConfig,
  type ChangelogStyle,
  type GenerateOptions,
} from '../../packages/changelog/index.ts'
import {
  requireVersion,
  unsafeRefReason,
  readTagPrefix,
  type Version,
} from '../../packages/versioning/index.ts'
import { readImageName } from '../../packages/oci/index.ts'

export interface GenerateChangelogInputs {
  path: string
  tagPrefix: string
  version: Version | undefined
  from: string | undefined
  to: string | undefined
  style: ChangelogStyle
  /** Absolute path of the changelog file, or undefined to write none. */
  file: string | undefined
  /** The release date; undefined: the tag's date, or today when the version is not tagged yet. */
  date: string | undefined
  repoUrl: string | undefined
  paths: string[]
  notesFile: string | undefined
  images: string[]
  checksumsFile: string
  attested: boolean
  signerWorkflow: string | undefined
  config: ChangelogConfig
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

export function readRepoUrl(
  input: string,
  value: string | undefined,
  github: GithubContext,
): string | undefined {
  if (value === undefined) {
    return github.repository
      ? `${github.serverUrl.replace(/\/+$/, '')}/${github.repository}`
      : undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      input,
      `expected a repository URL such as https://github.com/owner/repo, got ${showValue(value)}`,
    )
  }
  if (
    !['https:', 'http:'].includes(url.protocol) ||
    url.search ||
    url.hash ||
    url.username ||
    url.password
  ) {
    throw new InputError(
      input,
      `expected an http(s) repository URL without query, fragment or credentials, got ${showValue(value)}`,
    )
  }
  return value.replace(/\/+$/, '').replace(/\.git$/, '')
}

const IMAGE_REF =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/

export function readImages(
  input: string,
  values: string[],
  warn: (message: string) => void,
): string[] {
  const images = values.map(value => readImageName(value, warn))
  for (const image of images) {
    if (!IMAGE_REF.test(image)) {
      throw new InputError(
        input,
        `expected image references such as ghcr.io/owner/app (no spaces), got ${showValue(image)}`,
      )
    }
  }
  return images
}

/** keep-a-changelog when the existing file says it follows it; grouped otherwise. */
export function detectStyle(file: string | undefined): ChangelogStyle {
  if (!file || !existsSync(file)) return 'grouped'
  const text = readFileSync(file, 'utf8').slice(0, 64 * 1024)
  if (/keepachangelog\.com|keep a changelog/i.test(text)) return 'keep-a-changelog'
  return 'grouped'
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

  const repoUrl = readRepoUrl('repo-url', inputs.optional('repo-url'), github)
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
  const images = readImages('images', inputs.list('images'), inputs.warn)
  const attested = inputs.boolean('attested', true)
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
    inputs.string(
      'config',
      path.join(path.relative(github.workspace, repo) || '.', '.github/release-actions.yml'),
    ),
    github,
  )
  const config = loadChangelogConfig(configFile)

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
    checksumsFile,
    attested,
    signerWorkflow,
    config,
  }
}

/** The inputs as the options of generateChangelog. */
export function toGenerateOptions(i: GenerateChangelogInputs): GenerateOptions {
  return {
    version: i.version,
    tagPrefix: i.tagPrefix,
    ...(i.from === undefined ? {} : { from: i.from }),
    ...(i.to === undefined ? {} : { to: i.to }),
    style: i.style,
    ...(i.file === undefined ? {} : { file: i.file }),
    ...(i.date === undefined ? {} : { date: i.date }),
    ...(i.repoUrl === undefined ? {} : { repoUrl: i.repoUrl }),
    paths: i.paths,
    config: i.config,
    ...(i.notesFile === undefined ? {} : { notesFile: i.notesFile }),
    images: i.images,
    checksumsFile: i.checksumsFile,
    attested: i.attested,
    ...(i.signerWorkflow ? { signerWorkflow: i.signerWorkflow } : {}),
  }
}
