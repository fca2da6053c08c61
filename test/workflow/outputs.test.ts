/**
 * The suite's own `run:` steps and GITHUB_OUTPUT: a caller-controlled value with a newline must
 * not add an output line (it could replace another output or empty the attest matrix). Every
 * write is a random-delimiter heredoc (audited over every workflow and composite action), and the
 * values that name files are validated first; run by the workflow runner of the tests, which
 * reads GITHUB_OUTPUT as GitHub does.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { root } from '../helpers/cli.ts'
import type { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { GITHUB_STAND_INS } from '../peers/stand-ins.ts'
import { World } from '../peers/world.ts'

/** Every workflow and composite action of the suite, with the `run:` scripts of its steps. */
function runScripts(): { file: string; step: string; script: string }[] {
  const files = [
    ...readdirSync(path.join(root, '.github/workflows'))
      .filter(f => f.endsWith('.yml'))
      .map(f => `.github/workflows/${f}`),
    ...readdirSync(path.join(root, 'workflows'))
      .filter(f => f.endsWith('.yaml'))
      .map(f => `workflows/${f}`),
    ...readdirSync(root, { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => `${d.name}/action.yml`),
    ...readdirSync(path.join(root, '.github/actions')).map(d => `.github/actions/${d}/action.yml`),
  ]
  const out: { file: string; step: string; script: string }[] = []
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(path.join(root, file), 'utf8')
    } catch {
      continue
    }
    type Steps = { name?: string; id?: string; run?: string }[]
    const doc = parse(text) as {
      jobs?: Record<string, { steps?: Steps }>
      runs?: { steps?: Steps }
    }
    const steps = [
      ...Object.values(doc.jobs ?? {}).flatMap(j => j.steps ?? []),
      ...(doc.runs?.steps ?? []),
    ]
    for (const s of steps)
      if (typeof s.run === 'string')
        out.push({ file, step: s.name ?? s.id ?? '(unnamed)', script: s.run })
  }
  return out
}

describe('every run: step of the suite', () => {
  const scripts = runScripts()

  it('is found (the audit reads the workflows and the composite actions)', () => {
    const files = new Set(scripts.map(s => s.file))
    for (const f of [
      '.github/workflows/release.yml',
      '.github/workflows/quality-gates.yml',
      'attest-sbom/action.yml',
      'deploy-demo/action.yml',
    ])
      expect(files).toContain(f)
  })

  it('writes GITHUB_OUTPUT and GITHUB_ENV only as heredocs with a random delimiter', () => {
    const bad: string[] = []
    for (const { file, step, script } of scripts) {
      if (!/GITHUB_(OUTPUT|ENV)/.test(script)) continue
      // A name=value line: `echo "name=..."`, `printf 'name=...'`, or `name=value >> $GITHUB_...`.
      for (const line of script.split('\n'))
        if (/^\s*(echo|printf)\s+(-\w+\s+)?["']?[A-Za-z_][\w-]*=/.test(line))
          bad.push(`${file} "${step}": ${line.trim()}`)
      if (!/delimiter="\w+_\$\(od -An -N16 -tx1 \/dev\/urandom/.test(script))
        bad.push(`${file} "${step}": no random delimiter`)
    }
    expect(bad).toEqual([])
  })
})

const REPO = 'octo/outputs'
let world: World
let repo: TestRepo

const LOCK = {
  name: 'demo',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: { '': { name: 'demo', version: '1.0.0', license: 'MIT' } },
}

/** An sbom-file whose second line would replace the sbom-file output with another file. */
const CRAFTED_SBOM = 'sbom.spdx.json\npath=package-lock.json'
/** A binary platform that would add an artifact line of its own. */
const CRAFTED_PLATFORM = 'linux/amd64\nartifact=files-linux-arm64'

const WORKFLOWS: Record<string, string> = {
  'sbom-file.yml': `
on: push
permissions: {}
jobs:
  evidence:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    outputs:
      sbom: \${{ steps.evidence.outputs.sbom-file }}
      checksums: \${{ steps.evidence.outputs.checksums-file }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - id: evidence
        uses: release-actions/release-actions/attest-sbom@main
        with:
          subject-path: package.json
          sbom: npm
          sbom-file: \${{ vars.SBOM_FILE }}
          notices: ''
          attest: false
`,
  'release.yml': `
on: push
permissions: {}
jobs:
  release:
    uses: release-actions/release-actions/.github/workflows/release.yml@main
    permissions:
      contents: write
      packages: write
      id-token: write
      attestations: write
      actions: read
      checks: read
    with:
      tag: \${{ github.ref_name }}
      images: ''
      build-command: 'mkdir -p dist && echo "$TARGET_PLATFORM" > "dist/app_\${TARGET_OS}_\${TARGET_ARCH}"'
      binary-platforms: \${{ vars.BINARY_PLATFORMS }}
      gates: |
        - name: ok
          run: "true"
      attest: false
      deploy: false
`,
}

beforeAll(async () => {
  world = await World.start()
  for (const [name, fn] of Object.entries(GITHUB_STAND_INS)) world.standIns.set(name, fn)
  repo = await world.createRepository(REPO, {
    vars: {
      SBOM_FILE: CRAFTED_SBOM,
      BINARY_PLATFORMS: JSON.stringify(['linux/amd64', CRAFTED_PLATFORM]),
    },
  })
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'demo', version: '1.0.0', license: 'MIT' }),
    'package-lock.json': JSON.stringify(LOCK),
  }
  for (const [name, content] of Object.entries(WORKFLOWS))
    files[`.github/workflows/${name}`] = content
  await repo.commit('feat: outputs', files)
  await world.push(REPO)
})

afterAll(async () => {
  await world?.stop()
  cleanupTempDirs()
})

describe('a caller-controlled value with a newline', () => {
  it('attest-sbom: an sbom-file with a newline is refused before anything is written, naming the input', async () => {
    const r = await world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/sbom-file.yml',
      event: { name: 'push', ref: 'refs/heads/main' },
    })
    const steps = r.step('evidence', 'evidence').steps ?? []
    // Nothing was written: no output line made up by the value, no truncated path.
    expect(steps.find(s => s.id === 'sbom-file')?.outputs ?? {}).toEqual({})
    expect(r.job('evidence').outputs.sbom ?? '').toBe('')
    expect(r.result, r.log()).toBe('failure')
    expect(r.annotations('error')).toContainEqual(
      expect.stringContaining(
        "Input 'sbom-file': expected a file path relative to the workspace, without .. or control characters",
      ),
    )
    expect(steps.filter(s => s.outcome !== 'skipped').map(s => s.name)).toEqual(['Check inputs'])
  })

  it('release.yml: a binary platform with a newline is refused; a good one names its artifact through a heredoc', async () => {
    await repo.tag('v1.0.0', { message: 'Release v1.0.0' })
    await world.push(REPO)
    const r = await world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/release.yml',
      event: { name: 'push', ref: 'refs/tags/v1.0.0' },
    })
    const binaries = r.findJobs('binaries')
    const good = binaries.find(j => j.matrix?.platform === 'linux/amd64')
    const crafted = binaries.find(j => j.matrix?.platform === CRAFTED_PLATFORM)
    expect(good?.result, r.log()).toBe('success')
    expect(good?.steps.find(s => s.id === 'build')?.outputs).toEqual({
      artifact: 'files-linux-amd64',
    })
    expect(crafted?.result, r.log()).toBe('failure')
    expect(crafted?.steps.find(s => s.id === 'build')?.outputs).toEqual({})
    expect(r.annotations('error')).toContainEqual(
      expect.stringContaining('binary-platforms: expected os/arch entries such as linux/amd64'),
    )
  })
})
