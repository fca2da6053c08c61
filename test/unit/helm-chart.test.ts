/**
 * packages/helm packaging: Chart.yaml read and checked, `.helmignore` rules as Helm applies them,
 * and the archive as Helm writes it (entries under <name>/, Chart.yaml first, regular files 0644,
 * no owner names, one mtime), extracted with the system `tar` and read back byte for byte.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import {
  ChartError,
  HelmIgnore,
  packageChart,
  readChart,
  tarBytes,
} from '../../packages/helm/index.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function write(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

const CHART_YAML = `apiVersion: v2
name: demo
description: A demo chart
version: 1.4.0
appVersion: "2.3.0"
home: https://example.com/demo
sources: [https://github.com/acme/demo]
maintainers:
  - name: Ada
    email: ada@example.com
annotations:
  category: Demo
`

function chartDir(extra: Record<string, string> = {}): string {
  return write(tempDir('ra-chart-'), {
    'Chart.yaml': CHART_YAML,
    'values.yaml': 'replicas: 1\n',
    'templates/deployment.yaml': 'kind: Deployment\n',
    'templates/_helpers.tpl': '{{- define "x" -}}{{- end -}}\n',
    'templates/.hidden': 'never packaged (Helm default rule templates/.?*)\n',
    'README.md': '# demo\n',
    'Chart.lock': 'dependencies: []\n',
    'values.schema.json': '{}\n',
    'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    ...extra,
  })
}

describe('readChart', () => {
  it('reads name, version, appVersion and lists the files in Helm order', () => {
    const chart = readChart(chartDir())
    expect(chart).toMatchObject({ name: 'demo', version: '1.4.0', appVersion: '2.3.0' })
    expect(chart.files).toEqual([
      'Chart.yaml',
      'Chart.lock',
      'values.yaml',
      'values.schema.json',
      'templates/_helpers.tpl',
      'templates/deployment.yaml',
      'README.md',
      'charts/sub/Chart.yaml',
    ])
  })

  it("keeps the metadata in Helm's chart.Metadata JSON field order, empty fields left out", () => {
    const { metadata } = readChart(chartDir())
    expect(Object.keys(metadata)).toEqual([
      'name',
      'home',
      'sources',
      'version',
      'description',
      'maintainers',
      'apiVersion',
      'appVersion',
      'annotations',
    ])
    expect(metadata.maintainers).toEqual([{ name: 'Ada', email: 'ada@example.com' }])
  })

  it.each([
    ['no Chart.yaml', null, /does not exist/],
    [
      'a version that is not SemVer',
      CHART_YAML.replace('1.4.0', '1.4.0.1'),
      /version must be a SemVer/,
    ],
    ['a version YAML reads as a number', CHART_YAML.replace('1.4.0', '1.4'), /got "1.4"|got 1.4/],
    ['an upper-case name', CHART_YAML.replace('name: demo', 'name: Demo'), /name must be/],
    ['YAML that does not parse', 'name: [demo\n', /cannot be parsed/],
  ])('refuses %s', (_what, chartYaml, message) => {
    const dir = tempDir('ra-chart-')
    if (chartYaml !== null) write(dir, { 'Chart.yaml': chartYaml })
    expect(() => readChart(dir)).toThrow(ChartError)
    expect(() => readChart(dir)).toThrow(message)
  })

  it('refuses a symbolic link, naming it', () => {
    const dir = chartDir()
    symlinkSync('/etc/passwd', path.join(dir, 'templates', 'link.yaml'))
    expect(() => readChart(dir)).toThrow(/link\.yaml is a symbolic link/)
  })
})

describe('.helmignore (rules of helm/helm pkg/ignore/rules.go at e9b85e4d)', () => {
  it.each([
    // pattern, path, isDir, ignored
    ['*.tgz', 'charts/x.tgz', false, true],
    ['*.tgz', 'x.tgz', false, true],
    ['ci/', 'ci', true, true],
    ['ci/', 'ci', false, false],
    ['/README.md', 'README.md', false, true],
    ['/README.md', 'docs/README.md', false, false],
    ['docs/*.md', 'docs/a.md', false, true],
    ['docs/*.md', 'docs/sub/a.md', false, false],
    ['.git', '.git', true, true],
    ['file[0-9].txt', 'file3.txt', false, true],
    ['file[^0-9].txt', 'file3.txt', false, false],
    ['# comment', 'comment', false, false],
    ['', 'templates/.keep', false, true],
    ['', 'templates/a.yaml', false, false],
  ])('%s: %s (dir %s) ignored %s', (pattern, file, isDir, ignored) => {
    expect(new HelmIgnore(pattern).ignores(file, isDir)).toBe(ignored)
  })

  it('refuses ** as Helm does', () => {
    expect(() => new HelmIgnore('a/**/b')).toThrow(/uses \*\*, which Helm/)
  })

  it('leaves out what the chart .helmignore names, directories with all below them', () => {
    const dir = chartDir({
      '.helmignore': '# dev files\nci/\n*.bak\n',
      'ci/values.yaml': 'x\n',
      'values.yaml.bak': 'x\n',
    })
    const { files } = readChart(dir)
    expect(files).toContain('.helmignore')
    expect(files.some(f => f.startsWith('ci/') || f.endsWith('.bak'))).toBe(false)
  })
})

function extract(archive: Buffer): string {
  const out = tempDir('ra-chart-out-')
  writeFileSync(path.join(out, 'chart.tgz'), archive)
  const r = spawnSync('tar', ['-xzf', 'chart.tgz'], { cwd: out, encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  return out
}

describe('packageChart', () => {
  it('writes <name>-<version>.tgz that the system tar extracts, Chart.yaml first, every file as it is', () => {
    const dir = chartDir()
    const chart = packageChart(dir, { mtime: 1_700_000_000 })
    expect(chart.filename).toBe('demo-1.4.0.tgz')
    const list = spawnSync('tar', ['-tvzf', '-'], { input: chart.archive, encoding: 'utf8' })
    expect(list.status).toBe(0)
    const lines = list.stdout.trim().split('\n')
    expect(lines.map(l => l.split(/\s+/).pop())).toEqual(chart.files.map(f => `demo/${f}`))
    for (const line of lines) expect(line).toMatch(/^-rw-r--r-- 0\/0 .* 2023-11-1[45] /)
    const out = extract(chart.archive)
    for (const file of chart.files)
      expect(readFileSync(path.join(out, 'demo', file), 'utf8')).toBe(
        readFileSync(path.join(dir, file), 'utf8'),
      )
  })

  it('is deterministic: the same chart and mtime give the same bytes; another mtime others', () => {
    const dir = chartDir()
    expect(
      packageChart(dir, { mtime: 5 }).archive.equals(packageChart(dir, { mtime: 5 }).archive),
    ).toBe(true)
    expect(
      packageChart(dir, { mtime: 5 }).archive.equals(packageChart(dir, { mtime: 6 }).archive),
    ).toBe(false)
  })

  it("carries Helm's gzip header (Extra field, comment Helm) and no owner names", () => {
    const { archive } = packageChart(chartDir())
    expect(archive[3]).toBe(0x04 | 0x10)
    expect(archive.subarray(12, 16).toString('latin1')).toBe('rr\x28\x00')
    expect(archive.includes(Buffer.from('Helm\0', 'latin1'))).toBe(true)
    const tar = gunzipSync(archive)
    // uname and gname (offsets 265 and 297, 32 bytes each) are empty in the first header.
    expect(tar.subarray(265, 329).every(b => b === 0)).toBe(true)
    expect(tar.subarray(257, 263).toString('latin1')).toBe('ustar\0')
  })

  it('writes names longer than 100 bytes (USTAR prefix, else a PAX path) that tar reads back', () => {
    const deep = `templates/${'d'.repeat(60)}/${'e'.repeat(60)}/x.yaml`
    const flat = `templates/${'f'.repeat(120)}.yaml`
    const dir = chartDir({ [deep]: 'deep\n', [flat]: 'flat\n' })
    const out = extract(packageChart(dir).archive)
    expect(readFileSync(path.join(out, 'demo', deep), 'utf8')).toBe('deep\n')
    expect(readFileSync(path.join(out, 'demo', flat), 'utf8')).toBe('flat\n')
  })

  it('ends the tar with two zero blocks, every entry padded to 512 bytes', () => {
    const tar = tarBytes([{ name: 'a/b', data: Buffer.from('xyz') }], 0)
    expect(tar.length).toBe(512 + 512 + 1024)
  })
})
