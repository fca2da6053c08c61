/**
 * The charts of a release: each chart directory packaged (its archive written to `outputDir`) and,
 * with a registry, pushed (pushChart: never twice with different content), with the command users
 * install it with. One use case for the helm-charts action and `release-actions chart`.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../files/index.ts'
import type { Logger } from '../log/index.ts'
import { RegistryClient } from '../oci/index.ts'
import { packageChart } from './chart.ts'
import { ChartError } from './errors.ts'
import { pushChart, rfc3339, type ChartPushResult } from './push.ts'

export interface PublishChartsOptions {
  /** Chart directories (absolute). */
  charts: string[]
  outputDir: string
  /** Seconds since 1970: every archive entry's mtime and the created annotation. */
  mtime: number
  /** Push to <registry>/<owner>/charts/<name>; undefined: package only. */
  push?: { registry: string; owner: string; username?: string; password?: string }
}

export interface PublishedChart {
  name: string
  version: string
  appVersion: string | undefined
  /** The archive written. */
  file: string
  push?: ChartPushResult
}

/** Every charts/<name>/ of `workspace` with a Chart.yaml, sorted. */
export function findCharts(workspace: string): string[] {
  const root = path.join(workspace, 'charts')
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter(e => e.isDirectory() && existsSync(path.join(root, e.name, 'Chart.yaml')))
    .map(e => path.join(root, e.name))
    .sort()
}

/** What users run to install a chart version: `helm upgrade --install <name> oci://… --version X`. */
export function helmUpgradeCommand(name: string, url: string, version: string): string {
  return `helm upgrade --install ${name} ${url} --version ${version}`
}

export async function publishCharts(
  opts: PublishChartsOptions,
  logger: Logger,
): Promise<PublishedChart[]> {
  mkdirSync(opts.outputDir, { recursive: true })
  const charts = opts.charts.map(dir => packageChart(dir, { mtime: opts.mtime }))
  const names = new Map<string, string>()
  for (const c of charts) {
    const other = names.get(c.name)
    if (other !== undefined)
      throw new ChartError(
        `${other} and ${c.dir} are both chart ${c.name}: chart names must differ.`,
      )
    names.set(c.name, c.dir)
  }
  const client = opts.push
    ? new RegistryClient({
        ...(opts.push.username !== undefined
          ? { username: opts.push.username, password: opts.push.password }
          : {}),
        push: true,
        logger,
      })
    : undefined
  const created = rfc3339(new Date(opts.mtime * 1000))
  const out: PublishedChart[] = []
  for (const c of charts) {
    const file = path.join(opts.outputDir, c.filename)
    writeFileAtomic(file, c.archive)
    logger.info(`${c.name} ${c.version}: ${file}`)
    const published: PublishedChart = {
      name: c.name,
      version: c.version,
      appVersion: c.appVersion,
      file,
    }
    if (client && opts.push)
      published.push = await pushChart(client, {
        registry: opts.push.registry,
        owner: opts.push.owner,
        chart: c,
        created,
        logger,
      })
    out.push(published)
  }
  return out
}
