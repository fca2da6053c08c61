/**
 * The self-release (.github/workflows/self-release.yml) run by the workflow runner of the tests
 * on a copy of this repository's committed tree: the version, evidence (checksums, SBOM and
 * notices of the bundles and of the npm tarball that scripts/pack.ts makes), attest and release
 * jobs as written, and the npm job publishing the CLI's tarball to a local npm registry
 * (test/peers/npm-registry.ts) with the real npm CLI. A release candidate publishes nothing to
 * npm and still releases; the stable release publishes the attested tarball once and its notes
 * link the package; the same release again (workflow_dispatch) publishes nothing.
 *
 * Changed for the test, and only this: the gates job runs one echo (its real gates install
 * packages and rebuild the bundles, which test/lint/generated.test.ts covers), the evidence job's
 * `npm ci --omit=dev` installs from this machine's npm cache (--offline), and the npm
 * step is pointed at the local registry with provenance off (npm signs provenance only with the
 * public Sigstore, unreachable here; test/integration/npm-publish.test.ts shows --provenance
 * reaches npm).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { parseDocument } from 'yaml'
import { exec } from '../../packages/process/index.ts'
import { root } from '../helpers/cli.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import { NpmRegistry } from '../peers/npm-registry.ts'
import { startPipelineWorld, type PipelineWorld } from '../peers/pipeline.ts'
import type { TestRepo } from '../peers/repo.ts'
import type { RunResult } from '../peers/workflow/runner.ts'

const REPO = 'release-actions/release-actions'
const WORKFLOW = '.github/workflows/self-release.yml'
vi.setConfig({ testTimeout: 240_000 })
let p: PipelineWorld
let npm: NpmRegistry
let repo: TestRepo
/** The npm cache this machine's own `npm ci` filled (scripts/setup.sh; the tests' HOME is not it). */
const NPM_CACHE = execFileSync('npm', ['config', 'get', 'cache'], {
  encoding: 'utf8',
  env: { ...process.env, HOME: userInfo().homedir },
}).trim()
const version = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
).version

/** self-release.yml with the test's three changes (the header says which and why). */
function selfRelease(): string {
  const doc = parseDocument(readFileSync(path.join(root, WORKFLOW), 'utf8'))
  doc.setIn(['jobs', 'gates', 'steps'], [{ name: 'The gates', run: 'echo "gates passed"' }])
  const evidence = doc.getIn(['jobs', 'evidence', 'steps']) as {
    items: { toJSON(): { run?: string } }[]
  }
  const install = evidence.items.findIndex(s => (s.toJSON().run ?? '').startsWith('npm ci'))
  expect(install).toBeGreaterThan(0)
  const run = String(evidence.items[install]?.toJSON().run)
  doc.setIn(['jobs', 'evidence', 'steps', install, 'run'], `${run} --offline --cache ${NPM_CACHE}`)
  const steps = doc.getIn(['jobs', 'npm', 'steps']) as { items: { toJSON(): { id?: string } }[] }
  const publish = steps.items.findIndex(s => s.toJSON().id === 'publish')
  doc.setIn(['jobs', 'npm', 'steps', publish, 'with', 'registry'], npm.url)
  doc.setIn(['jobs', 'npm', 'steps', publish, 'with', 'provenance'], false)
  return doc.toString({ lineWidth: 0 })
}

/** This repository's committed tree, as files. */
async function committedTree(): Promise<Record<string, string>> {
  const { stdout } = await exec('git', ['ls-files', '-z'], { cwd: root })
  const files: Record<string, string> = {}
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('test/') || file.startsWith('bench/')) continue
    files[file] = readFileSync(path.join(root, file), 'utf8')
  }
  return files
}

async function release(tag: string, dispatch = false): Promise<RunResult> {
  if (!dispatch) {
    await repo.tag(tag, { message: `Release ${tag}` })
    await p.world.push(REPO)
  }
  return p.world.runner.run({
    repository: REPO,
    workflow: WORKFLOW,
    event: dispatch
      ? { name: 'workflow_dispatch', ref: `refs/tags/${tag}`, inputs: { tag } }
      : { name: 'push', ref: `refs/tags/${tag}` },
  })
}

function ok(r: RunResult): void {
  expect(
    r.jobs.filter(j => j.result === 'failure').map(j => j.path),
    `${r.log()}\n${r.annotations('error').join('\n')}`,
  ).toEqual([])
  expect(r.result).toBe('success')
}

const releaseOf = (tag: string) => p.world.api.repo(REPO).releases.find(r => r.tag_name === tag)
const puts = () => npm.requests.filter(r => r.method === 'PUT')

beforeAll(async () => {
  p = await startPipelineWorld()
  npm = await NpmRegistry.start()
  repo = await p.createRepository(REPO, { secrets: { NPM_TOKEN: npm.token } })
  await repo.commit('feat: the suite', { ...(await committedTree()), [WORKFLOW]: selfRelease() })
})

afterAll(async () => {
  await npm?.stop()
  await p?.stop()
  cleanupTempDirs()
})

describe('the self-release and npm', () => {
  it(`v${version}-rc.1: released with the tarball as an asset; nothing published to npm`, async () => {
    const asked = p.world.api.requests.length
    const r = await release(`v${version}-rc.1`)
    ok(r)
    // Every subject (the bundles and the tarball) verified against both predicates.
    const subjects = readFileSync(
      path.join(r.artifactsDir, 'release-evidence', 'checksums.txt'),
      'utf8',
    )
      .split('\n')
      .filter(Boolean)
    expect(subjects.some(l => l.endsWith(`npm-package/release-actions-${version}.tgz`))).toBe(true)
    const verified = p.world.api.requests
      .slice(asked)
      .filter(q => q.method === 'GET' && /\/attestations\/sha256:[0-9a-f]{64}/.test(q.path))
    expect(verified).toHaveLength(2 * subjects.length)
    expect(r.job('npm').result).toBe('skipped')
    expect(r.job('release').result).toBe('success')
    expect(puts()).toEqual([])
    const names = (releaseOf(`v${version}-rc.1`)?.assets ?? []) as { name: string }[]
    expect(names.map(a => a.name)).toContain(`release-actions-${version}.tgz`)
    expect(String(releaseOf(`v${version}-rc.1`)?.body)).not.toContain('## npm')
  })

  it(`v${version}: the attested tarball is published once, and the notes link it`, async () => {
    const r = await release(`v${version}`)
    ok(r)
    expect(r.job('npm').result).toBe('success')
    expect(puts()).toHaveLength(1)
    const stored = npm.packages.get('release-actions')
    expect(stored, JSON.stringify(npm.violations)).toBeDefined()
    expect(npm.violations).toEqual([])
    // The published tarball is the release asset, whose sha256 the attested checksums list.
    const checksums = readFileSync(
      path.join(r.artifactsDir, 'release-evidence', 'checksums.txt'),
      'utf8',
    )
    const line = checksums
      .split('\n')
      .find(l => l.endsWith(` npm-package/release-actions-${version}.tgz`))
    expect(line).toBeDefined()
    const tarball = stored?.tarballs.get(`release-actions-${version}.tgz`)
    expect(tarball).toBeDefined()
    expect(
      createHash('sha256')
        .update(tarball ?? Buffer.alloc(0))
        .digest('hex'),
    ).toBe(line?.split(' ')[0])
    expect(r.job('npm').outputs.url).toBe(`${npm.url}/release-actions`)
    expect(String(releaseOf(`v${version}`)?.body)).toContain(
      `The CLI is [\`release-actions@${version}\`](${npm.url}/release-actions) on npm`,
    )
  })

  it(`v${version} again by hand: nothing is published twice`, async () => {
    const r = await release(`v${version}`, true)
    ok(r)
    expect(r.job('npm').steps.find(s => s.id === 'publish')?.outputs.status).toBe('unchanged')
    expect(r.annotations('notice').join('\n')).toContain(
      `release-actions@${version} is already published with the same tarball; not published again.`,
    )
    // The release itself is found again, its regenerated evidence left as published.
    expect(r.job('release').result).toBe('success')
    expect(puts()).toHaveLength(1)
  })
})
