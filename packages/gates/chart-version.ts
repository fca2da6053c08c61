/**
 * chart-version-bumped: a Helm chart whose directory (templates, values, dependencies, metadata:
 * any file) changed since the previous release tag must carry a higher Chart.yaml `version` than
 * it had at that tag, or the release would push a changed chart under a version already pushed.
 * The previous release tag is the highest `<tag-prefix><semver>` tag reachable from HEAD that is not
 * on HEAD's commit (unless with.since names one). Compared are the trees of the two commits.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { PreconditionError } from '../errors/index.ts'
import { isInside } from '../files/paths.ts'
import { Git } from '../git/index.ts'
import { readChart } from '../helm/index.ts'
import {
  compareVersions,
  parseVersion,
  splitReleaseTag,
  type Version,
} from '../versioning/index.ts'
import type { ChartVersionBumpedGate } from './spec.ts'

export interface ChartVerdict {
  dir: string
  name: string
  ok: boolean
  /** One line: what was found. */
  line: string
}

export interface ChartBumpResult {
  since: string | undefined
  verdicts: ChartVerdict[]
}

/** The chart directories of the gate, relative to the workspace. */
function chartDirs(gate: ChartVersionBumpedGate, workspace: string): string[] {
  if (gate.charts.length > 0) return gate.charts
  const root = path.join(workspace, 'charts')
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter(e => e.isDirectory() && existsSync(path.join(root, e.name, 'Chart.yaml')))
    .map(e => `charts/${e.name}`)
    .sort()
}

/** The previous release tag: the highest release tag reachable from HEAD, not on HEAD. */
async function previousTag(git: Git, prefix: string): Promise<string | undefined> {
  const head = await git.resolveCommit('HEAD')
  let best: { name: string; version: Version } | undefined
  for (const tag of await git.tags({ mergedInto: 'HEAD' })) {
    const split = splitReleaseTag(tag.name)
    if (!split || split.prefix !== prefix) continue
    if ((await git.resolveCommit(tag.name)) === head) continue
    if (!best || compareVersions(split.version, best.version) > 0)
      best = { name: tag.name, version: split.version }
  }
  return best?.name
}

export async function checkChartVersions(
  gate: ChartVersionBumpedGate,
  workspace: string,
): Promise<ChartBumpResult> {
  const git = new Git(workspace)
  const since = gate.since ?? (await previousTag(git, gate.tagPrefix))
  const dirs = chartDirs(gate, workspace)
  if (since === undefined) return { since, verdicts: [] }
  if ((await git.resolveCommit(since)) === undefined)
    throw new PreconditionError(
      `chart-version-bumped: ${since} names no commit in this repository.`,
    )
  const prefix = await git.prefix()
  const verdicts: ChartVerdict[] = []
  for (const dir of dirs) {
    if (!isInside(workspace, path.resolve(workspace, dir)))
      throw new PreconditionError(`with.charts: ${dir} is outside the workspace ${workspace}`)
    const chart = readChart(path.resolve(workspace, dir))
    const changed = await git.changedFiles(since, 'HEAD', [dir])
    const chartYaml = path.posix.join(prefix, dir.split(path.sep).join('/'), 'Chart.yaml')
    let before: string | undefined
    try {
      const doc = parse(await git.show(since, chartYaml)) as { version?: unknown } | null
      before = typeof doc?.version === 'string' ? doc.version : undefined
    } catch {
      before = undefined
    }
    const v = (text: string) => parseVersion(text) as Version
    let ok = true
    let line: string
    if (before === undefined) line = `${chart.name} (${dir}) ${chart.version}: new since ${since}`
    else if (changed.length === 0)
      line = `${chart.name} (${dir}) ${chart.version}: unchanged since ${since}`
    else if (before === chart.version || !parseVersion(before)) {
      ok = before !== chart.version
      line = ok
        ? `${chart.name} (${dir}): ${before} at ${since} is not SemVer; now ${chart.version}`
        : `${chart.name} (${dir}) changed since ${since} (${changed.length} file(s): ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ', …' : ''}) but its version is still ${chart.version}: bump version in ${dir}/Chart.yaml`
    } else if (compareVersions(v(chart.version), v(before)) <= 0) {
      ok = false
      line = `${chart.name} (${dir}) changed since ${since} but its version went from ${before} to ${chart.version}, not up`
    } else
      line = `${chart.name} (${dir}) changed since ${since}; version bumped ${before} → ${chart.version}`
    verdicts.push({ dir, name: chart.name, ok, line })
  }
  return { since, verdicts }
}
