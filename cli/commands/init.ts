/**
 * `release-actions init`: adopt the suite in one command. Writes .github/workflows/release.yml
 * (the on-tag starter), with --on-main and --supersede those starters too, and
 * .github/release-actions.yml with the gates it can infer, each calling the suite at --ref
 * (default: v + this CLI's version); prints what it wrote and what is left to set. An existing
 * file is never overwritten without --force (nothing is written then); --dry-run prints the files.
 */
import path from 'node:path'
import { Git } from '../../packages/git/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { planInit, writeInit } from '../../packages/init/index.ts'
import { pinTagProblem } from '../../packages/pins/index.ts'
import { showValue } from '../../packages/errors/index.ts'
import pkg from '../../package.json' with { type: 'json' }
import { UsageError, type Parsed } from '../args.ts'

/** The ref init pins by default: the tag of the release this CLI is. */
export const DEFAULT_REF = `v${pkg.version}`

const REPOSITORY = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/
const OWNER_REPO_FLAGS = ['repository', 'homebrew-tap'] as const

function text(values: Parsed['values'], flag: string): string | undefined {
  const value = values[flag]
  return typeof value === 'string' ? value : undefined
}

export async function init({ values }: Parsed, _logger: Logger): Promise<number> {
  const ref = text(values, 'ref') ?? DEFAULT_REF
  const refProblem = pinTagProblem(ref)
  if (refProblem) throw new UsageError(`--ref: ${refProblem}`)
  for (const flag of OWNER_REPO_FLAGS) {
    const value = text(values, flag)
    if (value !== undefined && !REPOSITORY.test(value))
      throw new UsageError(`--${flag}: expected owner/repo, got ${showValue(value)}`)
  }
  const registry = text(values, 'registry') ?? 'ghcr.io'
  if (!REGISTRY.test(registry))
    throw new UsageError(
      `--registry: expected a registry host such as ghcr.io or localhost:5000, got ${showValue(registry)}`,
    )
  const dir = path.resolve(text(values, 'path') ?? '.')
  const git = new Git(dir)
  const inRepo = await git.isRepository()
  const root = inRepo ? await git.topLevel() : dir
  const result = await planInit({
    root,
    ref,
    repository: text(values, 'repository'),
    originUrl: inRepo ? await git.remoteUrl('origin') : undefined,
    registry,
    onMain: values['on-main'] === true,
    supersede: values.supersede === true,
    deploy: values.deploy === true,
    homebrewTap: text(values, 'homebrew-tap'),
    notify: values.notify === true,
    branch: (inRepo ? await git.currentBranch() : undefined) ?? 'main',
  })
  const out: string[] = []
  if (values['dry-run'] === true) {
    for (const file of result.files) out.push(`--- ${file.path}`, file.content)
    out.push('Dry run: nothing was written.')
  } else {
    writeInit(root, result.files, values.force === true)
    for (const file of result.files) out.push(`wrote ${file.path}`)
  }
  out.push(
    '',
    `The release calls release-actions/release-actions at ${ref}.`,
    'Still to set:',
    ...result.todo.map(t => `  - ${t}`),
    '',
    'Then commit the files and push a release tag (release-actions bump minor).',
  )
  process.stdout.write(`${out.join('\n')}\n`)
  return 0
}
