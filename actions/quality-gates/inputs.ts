/**
 * quality-gates' inputs: the only place they are read and validated. The gate list is parsed and
 * checked here, before any gate runs.
 */
import { existsSync } from 'node:fs'
import { CONFIG_FILE, loadConfig } from '../../packages/config/index.ts'
import { parseGates, type EvaluateOptions, type Gate } from '../../packages/gates/index.ts'
import { createGitHubClient, splitRepository } from '../../packages/github/index.ts'
import {
  resolveWorkspacePath,
  type GithubContext,
  type Inputs,
} from '../../packages/inputs/index.ts'
import { InputError, PreconditionError, showValue } from '../../packages/errors/index.ts'
import { formatVersion, requireVersion, splitReleaseTag } from '../../packages/versioning/index.ts'

export interface QualityGatesInputs extends EvaluateOptions {
  /** Where the list came from: the gates input, or a file. */
  source: string
  token: string | undefined
  apiUrl: string
}

export function readInputs(inputs: Inputs, github: GithubContext): QualityGatesInputs {
  const gatesText = inputs.optional('gates')
  const configValue = inputs.optional('config')
  if (gatesText !== undefined && configValue !== undefined) {
    throw new InputError(
      'config',
      'expected either gates (the list itself) or config (a file with the list), not both',
    )
  }
  let gates: Gate[]
  let source: string
  if (gatesText !== undefined) {
    gates = parseGates(gatesText, 'gates')
    source = 'the gates input'
  } else {
    const file = resolveWorkspacePath('config', configValue ?? CONFIG_FILE, github)
    if (!existsSync(file)) {
      throw new InputError(
        configValue === undefined ? 'gates' : 'config',
        configValue === undefined
          ? `is required; expected a YAML list of gates, or a config file (${CONFIG_FILE} does not exist)`
          : `expected a YAML file with the list of gates; ${showValue(configValue)} does not exist`,
      )
    }
    const listed = loadConfig(file, 'config').gates
    if (listed === undefined)
      throw new InputError(
        'config',
        `${file} has no gates: expected a YAML list of gates (each {name, run} or {uses, with}), or a mapping whose gates key is the list`,
      )
    gates = listed
    source = configValue ?? CONFIG_FILE
  }
  if (gates.length === 0)
    throw new InputError(gatesText !== undefined ? 'gates' : 'config', 'the list of gates is empty')

  const sha = inputs.optional('sha') ?? github.sha
  if (sha !== undefined && !/^[0-9a-f]{40}$/i.test(sha))
    throw new InputError('sha', `expected a full 40-character commit sha, got ${showValue(sha)}`)
  const apiUrl = inputs.url(
    'api-url',
    github.apiUrl,
    'https://api.github.com or https://github.example.com/api/v3',
  )
  const repository = inputs.optional('repository') ?? github.repository
  if (repository !== undefined && !splitRepository(repository)) {
    throw new InputError('repository', `expected owner/repo, got ${showValue(repository)}`)
  }
  const versionText = inputs.optional('version')
  let version =
    versionText === undefined
      ? undefined
      : formatVersion(requireVersion('version', versionText, 'v'))
  if (version === undefined && github.ref?.startsWith('refs/tags/')) {
    // A release tag of any prefix (v1.2.3, 1.2.3, pkg@1.2.3); anything else is not a release, and
    // version-alignment then needs with.version.
    const tag = splitReleaseTag(github.ref.slice('refs/tags/'.length))
    if (tag) version = formatVersion(tag.version)
  }
  const token = inputs.optional('token')
  return {
    gates,
    source,
    failFast: inputs.boolean('fail-fast', false),
    token,
    sha: sha?.toLowerCase(),
    apiUrl,
    repository,
    version,
    // Made only when a required-checks gate runs: without a token, that gate fails (not the step).
    github: logger => {
      if (!token)
        throw new PreconditionError(
          "required-checks needs a token with actions: read and checks: read (input 'token')",
        )
      return createGitHubClient({ token, apiUrl, logger })
    },
  }
}
