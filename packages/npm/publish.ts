/**
 * Publish one npm tarball, once: the registry's packument decides first (the version there with
 * the same integrity: unchanged; with another: refused, a version is never published twice with
 * different content); else the real `npm publish <tarball>` runs (packages/process), with a
 * temporary userconfig that names the token only as `${NODE_AUTH_TOKEN}` (the token itself is
 * never written to disk or to the log; without one, npm's trusted publishing through the job's
 * OIDC token), and the registry is read again until it lists the version with this integrity.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { OperationalError, PreconditionError } from '../errors/index.ts'
import type { Logger } from '../log/index.ts'
import { describeCommand, runProcess } from '../process/index.ts'
import { compareVersions, parseVersion } from '../versioning/index.ts'
import { getPackument, highestStable, packagePageUrl, packumentUrl } from './registry.ts'
import type { PackedPackage } from './tarball.ts'

export interface PublishOptions {
  /** The tarball's path (what npm publishes) and what it holds. */
  tarball: string
  pkg: PackedPackage
  /** The registry URL, no trailing slash. */
  registry: string
  /** Empty: no token (npm's trusted publishing through the job's OIDC token). */
  token: string
  provenance: boolean
  access: 'public' | 'restricted'
  /** The dist-tag; undefined: `latest`, or `latest-<major>` when a higher stable version is published. */
  distTag?: string
  /** The environment npm runs in (INPUT_* are left out). */
  env: NodeJS.ProcessEnv
  /** Where the temporary userconfig and cache go (RUNNER_TEMP). */
  tempRoot?: string
  /** The npm command (default `npm` on PATH). */
  npm?: string
  /** How often, and how far apart, the registry is read after the publish until it lists it. */
  verifyAttempts?: number
  verifyIntervalMs?: number
  timeoutMs?: number
}

export interface PublishResult {
  status: 'published' | 'unchanged'
  /** The dist-tag applied (empty when unchanged). */
  distTag: string
  /** The npm command line that ran (empty when unchanged). */
  command: string
  url: string
}

/** The userconfig npm reads: the registry's auth line names the variable, never the token. */
export function userconfigText(registry: string, withToken: boolean): string {
  if (!withToken) return ''
  const url = new URL(`${registry.replace(/\/+$/, '')}/`)
  return `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}\n`
}

/** The arguments of `npm publish` for these options. */
export function publishArgs(
  o: Pick<PublishOptions, 'tarball' | 'registry' | 'access' | 'provenance'>,
  distTag: string,
  userconfig: string,
  cache: string,
): string[] {
  return [
    'publish',
    o.tarball,
    '--access',
    o.access,
    '--registry',
    `${o.registry.replace(/\/+$/, '')}/`,
    '--tag',
    distTag,
    // Explicitly off: npm turns provenance on by itself for a trusted publish otherwise.
    o.provenance ? '--provenance' : '--no-provenance',
    '--userconfig',
    userconfig,
    '--cache',
    cache,
  ]
}

/** npm's error lines, one line: what it said, without the code and log-file lines. */
function npmProblem(stderr: string): string {
  const lines = stderr
    .split('\n')
    .filter(l => l.startsWith('npm error'))
    .map(l => l.replace(/^npm error\s*/, '').trim())
    .filter(l => l !== '' && !/^code \S+$/.test(l) && !/^A complete log of this run/.test(l))
    .filter(l => !/^\S+\.log$/.test(l))
  return lines.slice(0, 3).join(' ') || stderr.trim().split('\n').at(-1) || 'no output'
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

export async function publishPackage(o: PublishOptions, logger: Logger): Promise<PublishResult> {
  const { name, version, integrity } = o.pkg
  const id = `${name}@${version}`
  const url = packagePageUrl(o.registry, name, version)
  const where = packumentUrl(o.registry, name)
  const packument = await getPackument(name, { registry: o.registry, token: o.token })
  const existing = packument?.versions[version]
  if (existing !== undefined) {
    const theirs = existing.dist?.integrity
    if (theirs === integrity) {
      logger.notice(`${id} is already published with the same tarball; not published again.`)
      return { status: 'unchanged', distTag: '', command: '', url }
    }
    throw new PreconditionError(
      `${id} is already published on ${where} with another tarball (integrity ${theirs ?? 'none'}, this one ${integrity}): a version is never published twice with different content; release a new version.`,
    )
  }

  const ours = parseVersion(version)
  const highest = highestStable(packument)
  let distTag = o.distTag ?? 'latest'
  if (o.distTag === undefined && ours && highest && compareVersions(highest, ours) > 0) {
    distTag = `latest-${ours.major}`
    logger.notice(
      `${name} ${highest.major}.${highest.minor}.${highest.patch} is published, higher than ${version}: tagged ${distTag}, latest stays.`,
    )
  }

  const dir = mkdtempSync(path.join(o.tempRoot ?? os.tmpdir(), 'npm-publish-'))
  let command = ''
  try {
    const userconfig = path.join(dir, 'npmrc')
    writeFileSync(userconfig, userconfigText(o.registry, o.token !== ''), { mode: 0o600 })
    const args = publishArgs(o, distTag, userconfig, path.join(dir, 'cache'))
    const npm = o.npm ?? 'npm'
    command = describeCommand(npm, args)
    const env: NodeJS.ProcessEnv = {}
    for (const [k, v] of Object.entries(o.env)) if (!k.startsWith('INPUT_')) env[k] = v
    delete env.NODE_AUTH_TOKEN
    if (o.token !== '') env.NODE_AUTH_TOKEN = o.token
    logger.info(`Publishing ${id} (${integrity}): ${command}`)
    const outcome = await runProcess(npm, args, {
      cwd: dir,
      env,
      timeoutMs: o.timeoutMs ?? 10 * 60_000,
      tailBytes: 64 * 1024,
      name: command,
    })
    if (outcome.tail.trim() !== '') logger.untrusted(outcome.tail)
    if (outcome.stopped !== undefined)
      throw new OperationalError(`npm publish of ${id} stopped: ${outcome.stopped}`)
    if (outcome.code !== 0)
      throw new OperationalError(
        `npm publish of ${id} exited with code ${outcome.code}: ${npmProblem(outcome.stderr)}${
          o.token === ''
            ? " (no token: npm's trusted publishing needs npm 11.5.1 or later, id-token: write and this workflow as the package's trusted publisher)"
            : ''
        }`,
      )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  // The registry must now list the version with this tarball (its CDN may take a moment).
  const attempts = o.verifyAttempts ?? 12
  for (let attempt = 1; ; attempt++) {
    const after = await getPackument(name, { registry: o.registry, token: o.token })
    const listed = after?.versions[version]?.dist?.integrity
    if (listed === integrity) break
    if (listed !== undefined)
      throw new PreconditionError(
        `npm publish of ${id} succeeded, but ${where} lists it with another integrity (${listed}, this one ${integrity})`,
      )
    if (attempt >= attempts)
      throw new PreconditionError(
        `npm publish of ${id} succeeded, but ${where} does not list ${version} after ${attempts} reads`,
      )
    await sleep(o.verifyIntervalMs ?? 5000)
  }
  logger.info(`${id} is published on ${where} with ${integrity} (dist-tag ${distTag}).`)
  return { status: 'published', distTag, command, url }
}
