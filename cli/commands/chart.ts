/**
 * `release-actions chart package|push`: Helm charts in charts/<name>/ packaged as `helm package`
 * does (deterministic: every entry has the time of HEAD's commit) and pushed as OCI artifacts to
 * oci://<registry>/<owner>/charts/<name>, never twice with different content. The registry password
 * comes from REGISTRY_PASSWORD, never from a flag. Prints the charts as JSON.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../../packages/files/index.ts'
import { Git, repoUrlFromRemote } from '../../packages/git/index.ts'
import { packageChart, pushChart, rfc3339, type PackagedChart } from '../../packages/helm/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { parseImageRef, RegistryClient } from '../../packages/oci/index.ts'
import { UsageError, type Parsed } from '../args.ts'

/** The chart directories: --chart, or every charts/<name>/ with a Chart.yaml. */
function chartDirs(values: Parsed['values']): string[] {
  if (typeof values.chart === 'string') return [values.chart]
  const root = 'charts'
  const dirs = existsSync(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter(e => e.isDirectory() && existsSync(path.join(root, e.name, 'Chart.yaml')))
        .map(e => path.join(root, e.name))
        .sort()
    : []
  if (dirs.length === 0)
    throw new UsageError(
      'no chart found: name one with --chart DIR, or keep charts in charts/<name>/',
    )
  return dirs
}

/** The seconds of HEAD's commit (the archive's mtimes and the created annotation). */
async function commitTime(): Promise<number> {
  const git = new Git('.')
  return (await git.isRepository()) ? git.commitTime('HEAD') : 0
}

async function packaged(values: Parsed['values']): Promise<PackagedChart[]> {
  const mtime = await commitTime()
  return chartDirs(values).map(dir => packageChart(dir, { mtime }))
}

export async function chart({ values, positionals }: Parsed, logger: Logger): Promise<number> {
  const [action, ...extra] = positionals
  if (extra.length > 0 || (action !== 'package' && action !== 'push'))
    throw new UsageError(
      `expected 'chart package' or 'chart push', got ${JSON.stringify(positionals.join(' '))}`,
    )
  if (action === 'package') {
    const output = typeof values.output === 'string' ? values.output : '.'
    mkdirSync(output, { recursive: true })
    const charts = await packaged(values)
    const out = charts.map(c => {
      const file = path.join(output, c.filename)
      writeFileAtomic(file, c.archive)
      logger.info(`${c.name} ${c.version}: ${file}`)
      return { name: c.name, version: c.version, appVersion: c.appVersion ?? null, file }
    })
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    return 0
  }
  if (typeof values.registry !== 'string')
    throw new UsageError('--registry HOST is required, such as ghcr.io')
  let owner = typeof values.owner === 'string' ? values.owner : process.env.GITHUB_REPOSITORY_OWNER
  if (!owner) {
    const url = repoUrlFromRemote(await new Git('.').remoteUrl('origin'))
    owner = url?.split('/').slice(-2, -1)[0]
  }
  if (!owner)
    throw new UsageError('--owner OWNER is required (no GITHUB_REPOSITORY_OWNER, no origin remote)')
  const registry = values.registry
  const ref = parseImageRef(`${registry}/${owner.toLowerCase()}/charts/x`)
  if (!ref || ref.registry !== registry)
    throw new UsageError(
      `--registry and --owner must make an OCI repository <registry>/<owner>/charts/<name>, got ${JSON.stringify(`${registry}/${owner}`)}`,
    )
  const username =
    typeof values['registry-username'] === 'string' ? values['registry-username'] : undefined
  const password = process.env.REGISTRY_PASSWORD
  if (username !== undefined && !password)
    throw new UsageError('--registry-username needs the password in REGISTRY_PASSWORD')
  const client = new RegistryClient({
    ...(username !== undefined ? { username, password } : {}),
    push: true,
    logger,
  })
  const charts = await packaged(values)
  const created = rfc3339(new Date((await commitTime()) * 1000))
  const out = []
  for (const c of charts) {
    const r = await pushChart(client, { registry, owner, chart: c, created, logger })
    out.push({
      name: c.name,
      version: c.version,
      url: r.url,
      tag: r.tag,
      digest: r.digest,
      status: r.status,
    })
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  return 0
}
