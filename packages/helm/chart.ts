/**
 * A chart directory (charts/<name>/) read and packaged as `helm package` does: Chart.yaml's
 * metadata (name, SemVer version, appVersion, the rest kept for the OCI config), the files left
 * after `.helmignore`, and the archive `<name>-<version>.tgz` with every entry under `<name>/`,
 * in Helm's order (helm/helm pkg/chart/v2/util/save.go writeTarContents, commit
 * e9b85e4de16ad45805843fb121748018cf89094b): Chart.yaml, Chart.lock, values.yaml,
 * values.schema.json, templates/, the other files, then charts/ (subcharts kept as their files).
 * Unlike Helm, Chart.yaml is kept byte for byte and every entry has one fixed mtime, so the same
 * chart at the same commit is the same archive, and so the same OCI digest.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { parseVersion } from '../versioning/index.ts'
import { ChartError } from './errors.ts'
import { HelmIgnore } from './ignore.ts'
import { tarGz, type TarEntry } from './tar.ts'

/** Helm's chart.Metadata as JSON (the OCI config), keys in Helm's field order. */
export type ChartMetadata = Record<string, unknown> & { name: string; version: string }

export interface Chart {
  dir: string
  name: string
  version: string
  appVersion: string | undefined
  metadata: ChartMetadata
  /** Relative paths (with `/`) of the files packaged, in archive order. */
  files: string[]
}

export interface PackagedChart extends Chart {
  /** `<name>-<version>.tgz` */
  filename: string
  archive: Buffer
}

/** A chart name as an OCI repository component takes it (Helm's names are lower-case too). */
const NAME_RE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(v => text(v) ?? '').filter(v => v !== '') : undefined
}

/** Set `key` when `value` is not empty (Go's omitempty). */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined || value === '' || value === false || value === null) return
  if (Array.isArray(value) && value.length === 0) return
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return
  out[key] = value
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** Chart.yaml as Helm's chart.Metadata marshals to JSON (field order of pkg/chart/v2/metadata.go). */
function metadataOf(doc: Record<string, unknown>, name: string, version: string): ChartMetadata {
  const out: Record<string, unknown> = {}
  put(out, 'name', name)
  put(out, 'home', text(doc.home))
  put(out, 'sources', strings(doc.sources))
  put(out, 'version', version)
  put(out, 'description', text(doc.description))
  put(out, 'keywords', strings(doc.keywords))
  if (Array.isArray(doc.maintainers))
    put(
      out,
      'maintainers',
      doc.maintainers.map(m => {
        const r = record(m)
        const o: Record<string, unknown> = {}
        put(o, 'name', text(r.name))
        put(o, 'email', text(r.email))
        put(o, 'url', text(r.url))
        return o
      }),
    )
  put(out, 'icon', text(doc.icon))
  put(out, 'apiVersion', text(doc.apiVersion))
  put(out, 'condition', text(doc.condition))
  put(out, 'tags', text(doc.tags))
  put(out, 'appVersion', text(doc.appVersion))
  put(out, 'deprecated', doc.deprecated === true)
  const annotations = record(doc.annotations)
  put(
    out,
    'annotations',
    Object.fromEntries(
      Object.keys(annotations)
        .sort()
        .map(k => [k, text(annotations[k]) ?? '']),
    ),
  )
  put(out, 'kubeVersion', text(doc.kubeVersion))
  if (Array.isArray(doc.dependencies))
    put(
      out,
      'dependencies',
      doc.dependencies.map(d => {
        const r = record(d)
        const o: Record<string, unknown> = { name: text(r.name) ?? '' }
        put(o, 'version', text(r.version))
        o.repository = text(r.repository) ?? ''
        put(o, 'condition', text(r.condition))
        put(o, 'tags', strings(r.tags))
        put(o, 'enabled', r.enabled === true)
        put(o, 'import-values', Array.isArray(r['import-values']) ? r['import-values'] : undefined)
        put(o, 'alias', text(r.alias))
        return o
      }),
    )
  put(out, 'type', text(doc.type))
  return out as ChartMetadata
}

/** Where a file goes in Helm's archive order. */
function rank(file: string): number {
  const fixed = ['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json'].indexOf(file)
  if (fixed !== -1) return fixed
  if (file.startsWith('templates/')) return 4
  if (file.startsWith('charts/')) return 6
  return 5
}

function listFiles(dir: string, ignore: HelmIgnore, under = ''): string[] {
  const out: string[] = []
  const entries = readdirSync(path.join(dir, under), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )
  for (const entry of entries) {
    const relative = under === '' ? entry.name : `${under}/${entry.name}`
    const stat = lstatSync(path.join(dir, relative))
    if (stat.isSymbolicLink())
      throw new ChartError(
        `${path.join(dir, relative)} is a symbolic link: a chart is packaged from regular files only.`,
      )
    if (ignore.ignores(relative, stat.isDirectory())) continue
    if (stat.isDirectory()) out.push(...listFiles(dir, ignore, relative))
    else if (stat.isFile()) out.push(relative)
  }
  return out
}

/** Read the chart in `dir` (Chart.yaml, .helmignore and the files it leaves). */
export function readChart(dir: string): Chart {
  const chartFile = path.join(dir, 'Chart.yaml')
  let source: string
  try {
    source = readFileSync(chartFile, 'utf8')
  } catch {
    throw new ChartError(`${chartFile} does not exist: a chart directory has a Chart.yaml.`)
  }
  let doc: unknown
  try {
    doc = parse(source)
  } catch (error) {
    throw new ChartError(
      `${chartFile} cannot be parsed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
    )
  }
  const fields = record(doc)
  const name = text(fields.name)
  if (name === undefined || !NAME_RE.test(name))
    throw new ChartError(
      `${chartFile}: name must be a lower-case chart name such as my-app, got ${JSON.stringify(name ?? null)}.`,
    )
  const version = text(fields.version)
  if (version === undefined || typeof fields.version !== 'string' || !parseVersion(version))
    throw new ChartError(
      `${chartFile}: version must be a SemVer 2 version such as 1.2.3 (as a string), got ${JSON.stringify(fields.version ?? null)}.`,
    )
  let ignoreText = ''
  try {
    ignoreText = readFileSync(path.join(dir, '.helmignore'), 'utf8')
  } catch {
    // no .helmignore
  }
  const ignore = new HelmIgnore(ignoreText, path.join(dir, '.helmignore'))
  const files = listFiles(dir, ignore)
    .map((file, index) => ({ file, index }))
    .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
    .map(f => f.file)
  if (files[0] !== 'Chart.yaml')
    throw new ChartError(`${path.join(dir, '.helmignore')} leaves Chart.yaml out.`)
  return {
    dir,
    name,
    version,
    appVersion: text(fields.appVersion),
    metadata: metadataOf(fields, name, version),
    files,
  }
}

/**
 * Package the chart in `dir` as `<name>-<version>.tgz`; every entry has the mtime `mtime`
 * (seconds since 1970: the release commit's time keeps the archive the same on every re-run).
 */
export function packageChart(dir: string, { mtime = 0 }: { mtime?: number } = {}): PackagedChart {
  const chart = readChart(dir)
  const entries: TarEntry[] = chart.files.map(file => ({
    name: `${chart.name}/${file}`,
    data: readFileSync(path.join(dir, file)),
  }))
  return {
    ...chart,
    filename: `${chart.name}-${chart.version}.tgz`,
    archive: tarGz(entries, Math.floor(mtime)),
  }
}
