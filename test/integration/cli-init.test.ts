/**
 * `release-actions init` in real-shaped repositories made in temp dirs: a Go project with two
 * Dockerfiles and a chart, a Node project, a Rust workspace, a Python project and an empty
 * repository. What it writes is checked as a user's tools check it: actionlint finds nothing in
 * the workflows, every `with:` key is an input of the workflow it calls, the suite is called at
 * --ref, and the config starts with the `$schema=` line and passes packages/config's loader. An
 * existing file is never overwritten without --force (nothing at all is written then), and
 * --dry-run writes nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadConfig } from '../../packages/config/index.ts'
import { runActionlint } from '../helpers/actionlint.ts'
import { root, runCli } from '../helpers/cli.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { TestRepo } from '../peers/repo.ts'
import pkg from '../../package.json' with { type: 'json' }

afterAll(cleanupTempDirs)

const RELEASE = '.github/workflows/release.yml'
const CONFIG = '.github/release-actions.yml'
const ON_MAIN = '.github/workflows/on-main.yaml'
const SUPERSEDE = '.github/workflows/supersede.yaml'

interface Workflow {
  on: Record<string, unknown>
  jobs: Record<
    string,
    {
      uses?: string
      with?: Record<string, unknown>
      secrets?: Record<string, string>
      steps?: { uses?: string; with?: Record<string, unknown> }[]
    }
  >
}

const read = (repo: TestRepo, file: string) => readFileSync(path.join(repo.dir, file), 'utf8')
const workflow = (text: string) => parse(text) as Workflow

/** The inputs and secrets a reusable workflow of this repository declares. */
function callee(file: string): { inputs: string[]; secrets: string[] } {
  const wf = workflow(readFileSync(path.join(root, file), 'utf8'))
  const call = wf.on.workflow_call as { inputs: object; secrets?: object }
  return { inputs: Object.keys(call.inputs), secrets: Object.keys(call.secrets ?? {}) }
}

/** actionlint finds nothing; every with: and secrets: key is one the called workflow declares. */
async function checkWorkflow(repo: TestRepo, file: string, ref: string): Promise<Workflow> {
  const text = read(repo, file)
  const lint = await runActionlint(text, file)
  expect(lint.map(r => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([])
  const wf = workflow(text)
  for (const job of Object.values(wf.jobs)) {
    const uses = [job.uses, ...(job.steps ?? []).map(s => s.uses)].filter(
      (u): u is string => typeof u === 'string' && u.startsWith('release-actions/release-actions/'),
    )
    for (const u of uses) expect(u.endsWith(`@${ref}`), u).toBe(true)
    const called = /^release-actions\/release-actions\/(\.github\/workflows\/[^@]+)@/.exec(
      job.uses ?? '',
    )
    if (!called) continue
    const declared = callee(called[1] as string)
    for (const key of Object.keys(job.with ?? {})) expect(declared.inputs, key).toContain(key)
    for (const key of Object.keys(job.secrets ?? {})) expect(declared.secrets, key).toContain(key)
  }
  // No @v1 or @main of the starter is left.
  expect(text).not.toMatch(/release-actions\/release-actions\/\S+@(v1|main)(?![\w.-])/)
  return wf
}

function configOf(repo: TestRepo, ref: string): unknown {
  const text = read(repo, CONFIG)
  expect(text.split('\n')[0]).toBe(
    `# yaml-language-server: $schema=https://raw.githubusercontent.com/release-actions/release-actions/${ref}/schema/release-actions.schema.json`,
  )
  expect(loadConfig(path.join(repo.dir, CONFIG)).gates?.length).toBeGreaterThan(0)
  return parse(text)
}

async function repoWith(files: Record<string, string>, origin?: string): Promise<TestRepo> {
  const repo = await TestRepo.create()
  if (origin) await repo.run('remote', 'add', 'origin', origin)
  if (Object.keys(files).length > 0) await repo.commit('feat: the project', files)
  return repo
}

const CI =
  'name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n'

describe('release-actions init', () => {
  it('a Go project with two Dockerfiles and a chart: the multi-image list, charts, four gates', async () => {
    const repo = await repoWith(
      {
        'go.mod': 'module github.com/octo/demo\n\ngo 1.23\n',
        'cmd/api/main.go': '// SPDX-License-Identifier: Apache-2.0\n\npackage main\n',
        'cmd/api/Dockerfile':
          'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod ./\nCOPY . .\nRUN go build ./cmd/api\nFROM scratch\nCOPY --from=build /src/api /api\n',
        'worker/main.go': '// SPDX-License-Identifier: Apache-2.0\npackage main\n',
        'worker/Dockerfile': 'FROM scratch\nCOPY main.go /src/\n',
        'vendor/x/Dockerfile': 'FROM scratch\n',
        'vendor/x/x.go': 'package x\n',
        'charts/demo/Chart.yaml':
          'apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: "v0.1.0"\n',
        '.github/workflows/ci.yml': CI,
        '.github/workflows/lint.yaml':
          'name: Lint\non: pull_request\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n',
        // Pull requests only, path filters, other branches: no run of the tagged commit.
        '.github/workflows/docs.yml':
          "name: Docs\non:\n  push:\n    branches: [main]\n    paths: ['docs/**']\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n",
        '.github/workflows/release-branches.yml':
          "name: Release branches\non:\n  push:\n    branches: ['release/**']\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n",
        '.github/workflows/all.yml':
          "name: Everything but docs\non:\n  push:\n    branches: ['**', '!docs/*']\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n",
        '.github/workflows/e2e.yml':
          'on: [push, workflow_dispatch]\nname: e2e\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n',
        '.github/workflows/nightly.yml':
          "name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  l:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n",
        '.github/workflows/publish.yml':
          'name: Publish\non:\n  push:\n    tags: [v*]\njobs:\n  p:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ok\n',
      },
      'git@github.com:Octo/Demo.git',
    )
    const r = await runCli(['init', '--ref', 'v9.8.7', '--supersede', '--on-main'], {
      cwd: repo.dir,
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    for (const f of [RELEASE, ON_MAIN, SUPERSEDE, CONFIG]) expect(r.stdout).toContain(`wrote ${f}`)
    const release = await checkWorkflow(repo, RELEASE, 'v9.8.7')
    const w = release.jobs.release?.with ?? {}
    // Lower-cased from the ssh remote; a Dockerfile copying go.mod builds from the top.
    expect(parse(String(w.images))).toEqual([
      {
        name: 'ghcr.io/octo/demo-api',
        dockerfile: 'cmd/api/Dockerfile',
        context: '.',
      },
      { name: 'ghcr.io/octo/demo-worker', dockerfile: 'worker/Dockerfile', context: 'worker' },
    ])
    expect(w.charts).toBe('charts/demo')
    expect(release.jobs.release?.secrets).toBeUndefined()
    const supersede = await checkWorkflow(repo, SUPERSEDE, 'v9.8.7')
    expect(supersede.jobs.supersede?.with?.images).toBe(
      'ghcr.io/octo/demo-api\nghcr.io/octo/demo-worker\n',
    )
    const onMain = await checkWorkflow(repo, ON_MAIN, 'v9.8.7')
    const steps = onMain.jobs.images?.steps ?? []
    expect(steps.find(s => s.uses?.includes('publish-tags-matrix'))?.with?.images).toBe(
      'ghcr.io/octo/demo-api',
    )
    expect(steps.find(s => s.uses?.startsWith('docker/build-push-action'))?.with).toMatchObject({
      context: '.',
      file: 'cmd/api/Dockerfile',
    })
    expect(configOf(repo, 'v9.8.7')).toEqual({
      gates: [
        { name: 'go test', run: 'go test -race ./...' },
        {
          uses: 'license-headers',
          with: {
            paths: ['**/*.go'],
            exclude: ['**/vendor/**'],
            header: 'SPDX-License-Identifier: Apache-2.0',
          },
        },
        {
          uses: 'version-alignment',
          with: { files: [{ path: 'charts/demo/Chart.yaml', key: 'appVersion', prefix: 'v' }] },
        },
        // Not Publish: it runs on tags only.
        // Only the workflows every push of main runs: the tagged commit has their runs.
        {
          uses: 'required-checks',
          with: { workflows: ['Everything but docs', 'CI', 'e2e'], 'wait-minutes': 30 },
        },
      ],
    })
    expect(r.stdout).toContain('builds ghcr.io/octo/demo-api only')
    expect(r.stdout).not.toContain('HOMEBREW_TAP_TOKEN')
    expect(r.stdout).not.toContain('NOTIFY_WEBHOOK_URL')
    expect(r.stdout).not.toContain('Cloud Run')
  })

  it('a Node project: npm ci && npm test (a lockfile), package.json version, one image from the https remote', async () => {
    const repo = await repoWith(
      {
        'package.json': JSON.stringify({
          name: 'web',
          version: '1.4.0',
          scripts: { test: 'node --test' },
        }),
        'package-lock.json': '{"lockfileVersion": 3}\n',
        'src/index.ts': '/* SPDX-License-Identifier: MIT */\nexport const x = 1\n',
        'src/util.ts': 'export const y = 2\n',
        Dockerfile: 'FROM node:24\nCOPY . /app\n',
      },
      'https://github.com/Octo-Org/Web.App.git',
    )
    const r = await runCli(
      ['init', '--deploy', '--notify', '--homebrew-tap', 'octo/homebrew-tap'],
      {
        cwd: repo.dir,
      },
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const ref = `v${pkg.version}`
    const release = await checkWorkflow(repo, RELEASE, ref)
    const job = release.jobs.release
    expect(job?.with).toMatchObject({
      images: 'ghcr.io/octo-org/web.app',
      deploy: true,
      'homebrew-tap': 'octo/homebrew-tap',
    })
    expect(job?.with).not.toHaveProperty('context')
    expect(r.stdout).toContain(
      'version-alignment checks that package.json version states the version released (today 1.4.0): set it in a commit before the tag',
    )
    expect(job?.secrets).toEqual({
      HOMEBREW_TAP_TOKEN: '${{ secrets.HOMEBREW_TAP_TOKEN }}',
      NOTIFY_WEBHOOK_URL: '${{ secrets.NOTIFY_WEBHOOK_URL }}',
    })
    expect(configOf(repo, ref)).toEqual({
      gates: [
        { name: 'npm test', run: 'npm ci && npm test' },
        {
          uses: 'license-headers',
          with: { paths: ['**/*.ts'], header: 'SPDX-License-Identifier: MIT' },
        },
        { uses: 'version-alignment', with: { files: [{ path: 'package.json', key: 'version' }] } },
      ],
    })
    expect(r.stdout).toContain('1 source file(s) lack "SPDX-License-Identifier: MIT"')
    expect(r.stdout).toContain('Secret HOMEBREW_TAP_TOKEN')
    expect(r.stdout).toContain('Secret NOTIFY_WEBHOOK_URL')
    expect(r.stdout).toContain('Cloud Run: set cloud-run-region, gcp-project-id')
  })

  it('a Rust workspace (with maturin Python bindings): cargo test --workspace only, no images (commented out)', async () => {
    const repo = await repoWith({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/core/Cargo.toml': '[package]\nname = "core"\nversion = "0.1.0"\n',
      'crates/core/src/lib.rs': 'pub fn f() {}\n',
      // Python bindings built by maturin (as crate-ci/typos has): no tests for pytest.
      'pyproject.toml': '[build-system]\nrequires = ["maturin>=1.0"]\nbuild-backend = "maturin"\n',
      // npm's placeholder test script is no test command.
      'package.json': JSON.stringify({
        name: 'x',
        version: '0.0.0-development',
        scripts: { test: 'echo "Error: no test specified" && exit 1' },
      }),
    })
    const r = await runCli(['init', '--ref', 'v2.0.0'], { cwd: repo.dir })
    expect(r.code).toBe(0)
    const release = await checkWorkflow(repo, RELEASE, 'v2.0.0')
    expect(release.jobs.release?.with).not.toHaveProperty('images')
    expect(read(repo, RELEASE)).toContain('# images: ghcr.io/owner/app  # no Dockerfile found')
    expect(configOf(repo, 'v2.0.0')).toEqual({
      gates: [{ name: 'cargo test', run: 'cargo test --workspace' }],
    })
    expect(r.stdout).toContain('No Dockerfile found')
  })

  it('a Python project with test files: pytest; a Dockerfile without a GitHub remote uses github.repository', async () => {
    const repo = await repoWith({
      'pyproject.toml': '[project]\nname = "tool"\n',
      'app/Dockerfile': 'FROM python:3\nCOPY tool.py /\n',
      'app/tool.py': 'print(1)\n',
      'app/test_tool.py': 'def test_one():\n    assert 1\n',
    })
    const r = await runCli(['init', '--ref', 'v1.0.0'], { cwd: repo.dir })
    expect(r.code).toBe(0)
    const release = await checkWorkflow(repo, RELEASE, 'v1.0.0')
    expect(release.jobs.release?.with).toMatchObject({
      images: 'ghcr.io/${{ github.repository }}-app',
      context: 'app',
    })
    expect(configOf(repo, 'v1.0.0')).toEqual({ gates: [{ name: 'pytest', run: 'pytest' }] })
    expect(r.stdout).toContain('The repository is not known')
  })

  it('an empty repository: a valid release.yml without images and the clean-tree gate', async () => {
    const repo = await TestRepo.create()
    const r = await runCli(['init', '--ref', 'v1.2.3', '--on-main', '--supersede'], {
      cwd: repo.dir,
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const release = await checkWorkflow(repo, RELEASE, 'v1.2.3')
    await checkWorkflow(repo, ON_MAIN, 'v1.2.3')
    const supersede = await checkWorkflow(repo, SUPERSEDE, 'v1.2.3')
    expect(supersede.jobs.supersede?.with).not.toHaveProperty('images')
    expect(r.stdout).toContain(`${ON_MAIN} builds ./Dockerfile`)
    expect(Object.keys(release.jobs.release?.with ?? {})).toEqual(['tag'])
    expect(configOf(repo, 'v1.2.3')).toEqual({ gates: [{ uses: 'clean-tree' }] })
    expect(read(repo, CONFIG)).toContain('found no test command')
    expect(r.stdout).toContain('No test command found')
  })

  it('--dry-run prints the files and writes nothing', async () => {
    const repo = await repoWith({ 'go.mod': 'module x\n' })
    const r = await runCli(['init', '--dry-run', '--ref', 'v1.0.0'], { cwd: repo.dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `--- ${RELEASE}\n# Written by release-actions init from the starter workflows/on-tag.yaml; edit freely.`,
    )
    expect(r.stdout).toContain(`--- ${CONFIG}\n# yaml-language-server: $schema=`)
    expect(r.stdout).toContain('run: go test -race ./...')
    expect(r.stdout).toContain('Dry run: nothing was written.')
    expect(existsSync(path.join(repo.dir, '.github'))).toBe(false)
  })

  it('refuses to overwrite: names the file, writes nothing; --force overwrites', async () => {
    const repo = await repoWith({ 'go.mod': 'module x\n', [CONFIG]: 'gates: []\n' })
    const r = await runCli(['init', '--supersede'], { cwd: repo.dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `error: ${CONFIG} already exists; nothing was written (--force overwrites)\n`,
    )
    expect(existsSync(path.join(repo.dir, RELEASE))).toBe(false)
    expect(existsSync(path.join(repo.dir, SUPERSEDE))).toBe(false)
    expect(read(repo, CONFIG)).toBe('gates: []\n')
    writeFileSync(path.join(repo.dir, 'Dockerfile'), 'FROM scratch\n')
    const forced = await runCli(['init', '--force', '--ref', 'v3.0.0'], { cwd: repo.dir })
    expect(forced.code).toBe(0)
    expect(read(repo, CONFIG)).toContain('run: go test -race ./...')
    await checkWorkflow(repo, RELEASE, 'v3.0.0')
    // Run again without --force: both files exist now, both named.
    const again = await runCli(['init'], { cwd: repo.dir })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(`${RELEASE}, ${CONFIG} already exist;`)
  })

  it('--registry other than GHCR: registry input and the registry secrets', async () => {
    const repo = await repoWith({ Dockerfile: 'FROM scratch\n' })
    const r = await runCli(
      [
        'init',
        '--registry',
        'registry.example.com:5000',
        '--repository',
        'Octo/App',
        '--supersede',
      ],
      { cwd: repo.dir },
    )
    expect(r.code).toBe(0)
    const release = await checkWorkflow(repo, RELEASE, `v${pkg.version}`)
    expect(release.jobs.release?.with).toMatchObject({
      images: 'registry.example.com:5000/octo/app',
      registry: 'registry.example.com:5000',
    })
    expect(Object.keys(release.jobs.release?.secrets ?? {})).toEqual([
      'REGISTRY_USERNAME',
      'REGISTRY_PASSWORD',
    ])
    const supersede = await checkWorkflow(repo, SUPERSEDE, `v${pkg.version}`)
    expect(Object.keys(supersede.jobs.supersede?.secrets ?? {})).toEqual([
      'REGISTRY_USERNAME',
      'REGISTRY_PASSWORD',
    ])
    expect(r.stdout).toContain('Secrets REGISTRY_USERNAME and REGISTRY_PASSWORD')
  })

  it('bad flags are usage errors, and nothing is written', async () => {
    const repo = await TestRepo.create()
    for (const [args, message] of [
      [['--ref', 'v1 $(id)'], '--ref: '],
      [['--repository', 'not a repo'], '--repository: expected owner/repo'],
      [['--registry', 'https://ghcr.io'], '--registry: expected a registry host'],
    ] as const) {
      const r = await runCli(['init', ...args], { cwd: repo.dir })
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toContain(`error: ${message}`)
      expect(r.stderr).toContain('Usage: release-actions init')
    }
    expect(existsSync(path.join(repo.dir, '.github'))).toBe(false)
  })
})
