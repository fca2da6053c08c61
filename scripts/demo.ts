/**
 * The demo: a local, end-to-end run of the suite on the embedded sample repository, in the order
 * of the release pipeline. Each stage runs a committed bundle from dist/ exactly as the GitHub
 * runner would (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) against real local
 * peers: the git repository, an OCI registry on 127.0.0.1, and a local GitHub REST API.
 *
 *   node scripts/demo.ts [--keep]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { envVarName } from '../packages/inputs/index.ts'
import { exec } from '../packages/process/index.ts'
import { parseOutputFile } from '../test/helpers/cli.ts'
import { FakeGitHub } from '../test/peers/github-api.ts'
import { pushImage, startRegistry, tagDigest, type TestRegistry } from '../test/peers/registry.ts'
import { cleanupTempDirs } from '../test/helpers/tmp.ts'
import { buildSampleRepo, SAMPLE_HISTORY } from './sample-repo.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const keep = process.argv.includes('--keep')

interface StepResult {
  ok: boolean
  outputs: Record<string, string>
  error: string
  summary: string
}

interface Demo {
  repo: string
  runnerTemp: string
  sha: string
  registry: TestRegistry
  api: FakeGitHub
  failures: string[]
}

/** Run dist/<action>/index.js as the runner does. */
async function runStep(
  demo: Demo,
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<StepResult> {
  const output = path.join(demo.runnerTemp, `${action}.output`)
  const summary = path.join(demo.runnerTemp, `${action}.summary.md`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const inputEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(inputs)) inputEnv[envVarName(k)] = v
  const r = await exec(process.execPath, [path.join(root, 'dist', action, 'index.js')], {
    cwd: demo.repo,
    okCodes: [0, 1],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: demo.repo,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'quay/quay',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: demo.api.url,
      GITHUB_SHA: demo.sha,
      RUNNER_TEMP: demo.runnerTemp,
      ...env,
      ...inputEnv,
    },
  })
  const error =
    r.stdout
      .split('\n')
      .find(l => l.startsWith('::error::'))
      ?.slice('::error::'.length) ?? ''
  return {
    ok: r.code === 0,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    error,
    summary: readFileSync(summary, 'utf8'),
  }
}

function expectThat(demo: Demo, ok: boolean, what: string): void {
  if (!ok) demo.failures.push(what)
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length))
const heading = (text: string) => console.log(`\n${text}`)

async function computeVersion(demo: Demo): Promise<void> {
  heading(
    'Stage 1 — compute-version: what each bump kind decides on main (and the tags it refuses)',
  )
  console.log(
    `  ${pad('bump', 9)}${pad('ref', 26)}${pad('→ tag', 16)}${pad('commit', 9)}${pad('latest', 8)}${pad('previous', 12)}why`,
  )
  const scenarios: {
    bump?: string
    ref: string
    inputs?: Record<string, string>
    refused?: boolean
  }[] = [
    { bump: 'auto', ref: 'refs/heads/main' },
    { bump: 'patch', ref: 'refs/heads/main' },
    { bump: 'minor', ref: 'refs/heads/main' },
    { bump: 'major', ref: 'refs/heads/main' },
    { bump: 'rc', ref: 'refs/heads/main' },
    {
      bump: 'rc',
      ref: 'refs/heads/main',
      inputs: { 'prerelease-format': 'compact', 'rc-bump': 'patch' },
    },
    { bump: 'promote', ref: 'refs/heads/main' },
    { ref: 'refs/tags/v0.2.0' },
    { ref: 'refs/tags/v0.1.2' },
    { ref: 'refs/tags/v1$(id)', refused: true },
    { ref: 'refs/tags/\u04320.3.0', refused: true },
  ]
  for (const s of scenarios) {
    const r = await runStep(demo, 'compute-version', {
      ref: s.ref,
      ...(s.bump ? { bump: s.bump } : {}),
      ...s.inputs,
    })
    const label = s.bump ? (s.inputs ? 'rc*' : s.bump) : 'tag'
    expectThat(demo, r.ok !== Boolean(s.refused), `compute-version ${label} ${s.ref}`)
    if (!r.ok) {
      console.log(
        `  ${pad(label, 9)}${pad(JSON.stringify(s.ref).slice(1, -1), 26)}→ refused: ${r.error}`,
      )
      continue
    }
    const o = r.outputs
    const why =
      r.summary
        .split('\n')
        .filter(l => l.startsWith('- '))
        .pop()
        ?.slice(2)
        .replace(/\\/g, '') ?? ''
    console.log(
      `  ${pad(label, 9)}${pad(s.ref, 26)}${pad(`→ ${o.tag}`, 16)}${pad((o.sha ?? '').slice(0, 7), 9)}${pad(o['is-latest'] ?? '', 8)}${pad(o['previous-tag'] || '—', 12)}${why}`,
    )
  }
  console.log(
    '  rc* = prerelease-format: compact, rc-bump: patch. promote puts v0.3.0 on the commit of v0.3.0-rc.1',
  )
  console.log(
    '  (no rebuild). v0.1.2 is a back-port on release-0.1, so it is never latest. The malicious refs',
  )
  console.log('  are refused before any git command runs, and nothing reaches GITHUB_OUTPUT.')
}

async function qualityGates(demo: Demo): Promise<void> {
  heading(
    'Stage 2 — quality-gates: the release gates of v0.3.0 (required checks from the local GitHub API)',
  )
  demo.api.addWorkflowRun('quay/quay', { name: 'CI', head_sha: demo.sha })
  demo.api.addCheckRun('quay/quay', { name: 'lint', head_sha: demo.sha })
  const gates = [
    '- name: unit tests',
    '  run: grep -q quay README.md && echo "12 tests passed"',
    '- uses: clean-tree',
    '- uses: version-alignment',
    '  with: { files: [{ path: VERSION, pattern: "^(.+)$" }] }',
    '- uses: required-checks',
    '  with: { workflows: [CI], checks: [lint] }',
  ].join('\n')
  const r = await runStep(demo, 'quality-gates', { gates, version: '0.3.0', token: demo.api.token })
  expectThat(demo, r.ok && r.outputs.result === 'success', 'quality-gates')
  for (const e of JSON.parse(r.outputs.report ?? '[]') as {
    name: string
    status: string
    'duration-ms': number
    summary: string
  }[]) {
    console.log(
      `  ${pad(e.status, 9)}${pad(e.name, 20)}${pad(`${e['duration-ms']} ms`, 9)}${e.summary}`,
    )
  }
  const drift = await runStep(demo, 'quality-gates', {
    gates: '- uses: version-alignment\n  with: { files: [{ path: VERSION, pattern: "^(.+)$" }] }',
    version: '0.4.0',
  })
  expectThat(demo, !drift.ok && drift.outputs.failed === 'version-alignment', 'quality-gates drift')
  console.log(`  and for a release of 0.4.0 the same VERSION file fails: ${drift.error}`)
}

async function publishTags(demo: Demo): Promise<void> {
  heading(
    'Stage 3 — publish-tags-matrix: tag the pushed image of v0.3.0 in a real registry on 127.0.0.1',
  )
  const image = `${demo.registry.host}/quay/quay`
  const digest = await pushImage(demo.registry, 'quay/quay', { seed: 'quay v0.3.0' })
  console.log(
    `  pushed ${image}@${digest.slice(0, 19)}… (docker-registry at ${demo.registry.url}), as a build job would`,
  )
  const inputs = {
    images: image,
    version: 'v0.3.0',
    push: 'true',
    digest,
    sha: demo.sha,
    ref: 'refs/tags/v0.3.0',
  }
  const published = await runStep(demo, 'publish-tags-matrix', inputs)
  const rerun = await runStep(demo, 'publish-tags-matrix', inputs)
  const other = await pushImage(demo.registry, 'quay/quay', { seed: 'a different build' })
  const refused = await runStep(demo, 'publish-tags-matrix', { ...inputs, digest: other })
  const backport = await runStep(demo, 'publish-tags-matrix', {
    images: image,
    version: 'v0.1.3',
    sha: demo.sha,
    ref: 'refs/tags/v0.1.3',
  })
  expectThat(
    demo,
    published.ok &&
      rerun.outputs.pushed === '' &&
      !refused.ok &&
      backport.outputs['is-latest'] === 'false',
    'publish-tags-matrix',
  )
  console.log(
    `  tags, version first and latest last: ${(published.outputs['tag-names'] ?? '').split('\n').join(', ')}`,
  )
  console.log(
    `  written: ${(published.outputs.pushed ?? '').split('\n').length} tags; a re-run wrote ${rerun.outputs.pushed === '' ? 'nothing' : rerun.outputs.pushed}`,
  )
  console.log(`  another digest for 0.3.0 → refused: ${refused.error.slice(0, 100)}…`)
  console.log(
    `  a back-port v0.1.3 would get: ${(backport.outputs['tag-names'] ?? '').split('\n').join(', ')} (never latest; no 0 alias for 0.x)`,
  )
}

async function changelog(demo: Demo): Promise<void> {
  heading(
    'Stage 4 — generate-changelog: the v0.3.0 section into the hand-edited CHANGELOG.md, and the release notes',
  )
  const inputs = {
    version: 'v0.3.0',
    'notes-file': path.join(demo.runnerTemp, 'notes.md'),
    date: '2026-07-01',
    images: 'ghcr.io/quay/quay',
  }
  const first = await runStep(demo, 'generate-changelog', inputs)
  const second = await runStep(demo, 'generate-changelog', inputs)
  expectThat(
    demo,
    first.ok && first.outputs.changed === 'true' && second.outputs.changed === 'false',
    'generate-changelog',
  )
  console.log(
    `  first run: changed=${first.outputs.changed}, ${first.outputs['commit-count']} commits listed; second run: changed=${second.outputs.changed} (no second copy)`,
  )
  const text = readFileSync(path.join(demo.repo, 'CHANGELOG.md'), 'utf8')
  console.log(
    text
      .slice(text.indexOf('## [Unreleased]'), text.indexOf('## [0.2.0]'))
      .trimEnd()
      .split('\n')
      .map(l => `  │ ${l}`)
      .join('\n'),
  )
  const notes = readFileSync(path.join(demo.runnerTemp, 'notes.md'), 'utf8')
  console.log(
    `  notes (${notes.length} characters): ${notes
      .split('\n')
      .filter(l => l.startsWith('## '))
      .map(l => l.slice(3))
      .join(' · ')}`,
  )
  console.log(
    '  The hand-written Security entry moved into 0.3.0 with the generated ones; Unreleased is empty again;',
  )
  console.log(
    '  the link references were updated; everything below 0.3.0 is byte for byte as it was.',
  )
}

async function attest(demo: Demo): Promise<void> {
  heading(
    'Stage 5 — attest-sbom: checksums, SBOM and notices of the release files, provenance, verify commands',
  )
  mkdirSync(path.join(demo.repo, 'dist'))
  await exec('git', [
    '-C',
    demo.repo,
    'archive',
    '--format=tar.gz',
    '--prefix=quay-0.3.0/',
    '-o',
    'dist/quay-0.3.0.tar.gz',
    'HEAD',
  ])
  writeFileSync(path.join(demo.repo, 'dist/quay-linux-amd64'), 'a release binary of quay 0.3.0\n')
  const sums = await runStep(demo, 'checksums', {
    'subject-path': 'dist/*',
    'checksums-file': path.join(demo.runnerTemp, 'checksums.txt'),
  })
  const check = await exec('sha256sum', ['--check', path.join(demo.runnerTemp, 'checksums.txt')], {
    cwd: demo.repo,
    okCodes: [0, 1],
  })
  console.log(
    `  checksums: ${sums.outputs.count} files → ${path.basename(sums.outputs['checksums-file'] ?? '')}; sha256sum --check says: ${check.stdout.trim().split('\n').join(', ')}`,
  )
  // anchore/sbom-action runs on GitHub; here the SBOM comes from the sample's lockfile, as sbom: npm does.
  const sbomFile = path.join(demo.runnerTemp, 'sbom.spdx.json')
  const sbom = await exec('npm', ['sbom', '--sbom-format', 'spdx', '--package-lock-only'], {
    cwd: demo.repo,
  })
  writeFileSync(sbomFile, sbom.stdout)
  const notices = await runStep(demo, 'notices', {
    sbom: sbomFile,
    output: path.join(demo.runnerTemp, 'THIRD_PARTY_NOTICES.md'),
  })
  const noticesText = readFileSync(path.join(demo.runnerTemp, 'THIRD_PARTY_NOTICES.md'), 'utf8')
  console.log(
    `  SBOM (SPDX 2.3 from the lockfile) → notices: ${notices.outputs.packages} packages, by licence: ${noticesText
      .split('\n')
      .filter(l => l.startsWith('## '))
      .map(l => l.slice(3))
      .join(', ')}`,
  )
  const provenance = await exec(
    process.execPath,
    [
      path.join(root, 'dist/cli/index.js'),
      'provenance',
      '--subjects',
      path.join(demo.runnerTemp, 'checksums.txt'),
    ],
    {
      cwd: demo.repo,
      env: {
        ...process.env,
        GITHUB_REPOSITORY: 'quay/quay',
        GITHUB_REF: 'refs/tags/v0.3.0',
        GITHUB_SHA: demo.sha,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_WORKFLOW_REF: 'quay/quay/.github/workflows/release.yml@refs/tags/v0.3.0',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
      },
    },
  )
  const statement = JSON.parse(provenance.stdout) as {
    subject: unknown[]
    predicateType: string
    predicate: { runDetails: { builder: { id: string } } }
  }
  console.log(
    `  provenance (in-toto v1, ${statement.predicateType}): ${statement.subject.length} subjects, builder ${statement.predicate.runDetails.builder.id}`,
  )
  const verify = await runStep(demo, 'verify-attestations', {
    'checksums-file': path.join(demo.runnerTemp, 'checksums.txt'),
    'signer-workflow': 'quay/quay/.github/workflows/release.yml',
    verify: 'false',
  })
  expectThat(
    demo,
    sums.ok && check.code === 0 && notices.ok && statement.subject.length === 2 && verify.ok,
    'attest-sbom steps',
  )
  console.log(
    '  verify (on GitHub, gh attestation verify runs here; locally the commands users run):',
  )
  for (const line of (verify.outputs['verify-commands'] ?? '').split('\n').slice(0, 4))
    console.log(`    ${line}`)
  console.log(
    "  Signing itself (actions/attest, Sigstore) needs GitHub's OIDC token, so it runs only on GitHub.",
  )
}

/** A stand-in for a Cloud Run revision: /health reports `versions[i]` on the i-th request (the last one after). */
async function revisionServer(
  versions: string[],
): Promise<{ url: string; close: () => Promise<void> }> {
  let n = 0
  const server = createServer((req, res) => {
    const version = versions[Math.min(n++, versions.length - 1)]
    if (req.url !== '/health') {
      res.writeHead(404).end()
      return
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: 'ok', version }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

async function githubRelease(demo: Demo): Promise<void> {
  heading(
    'Stage 6 — GitHub Release: a draft, every asset, then published (against the local GitHub API)',
  )
  // As release-actions bump would: the release tag on the released commit.
  await exec('git', ['-C', demo.repo, 'tag', '-a', 'v0.3.0', '-m', 'Release v0.3.0', 'HEAD'])
  mkdirSync(path.join(demo.repo, 'release-assets'))
  for (const file of ['checksums.txt', 'sbom.spdx.json', 'THIRD_PARTY_NOTICES.md'])
    writeFileSync(
      path.join(demo.repo, 'release-assets', file),
      readFileSync(path.join(demo.runnerTemp, file)),
    )
  const inputs = {
    tag: 'v0.3.0',
    'notes-file': path.join(demo.runnerTemp, 'notes.md'),
    assets: 'dist/*\nrelease-assets/*',
    token: demo.api.token,
    'api-url': demo.api.url,
  }
  const first = await runStep(demo, 'github-release', inputs)
  const writes = demo.api.requests.filter(r => r.method !== 'GET').map(r => r.operationId)
  const again = await runStep(demo, 'github-release', inputs)
  const releases = demo.api.repo('quay/quay').releases.filter(r => r.tag_name === 'v0.3.0')
  const assets = JSON.parse(first.outputs.assets ?? '[]') as { name: string }[]
  const unchanged = (JSON.parse(again.outputs.assets ?? '[]') as { action: string }[]).filter(
    a => a.action === 'unchanged',
  ).length
  console.log(`  requests: ${writes.map(w => w?.replace('repos/', '')).join(' → ')}`)
  console.log(
    `  ${assets.length} assets: ${assets.map(a => a.name).join(', ')}; Latest: ${first.outputs.latest}`,
  )
  console.log(
    `  a re-run found the published release: ${releases.length} release for v0.3.0, ${unchanged} assets unchanged`,
  )
  expectThat(
    demo,
    first.ok &&
      again.ok &&
      releases.length === 1 &&
      releases[0]?.draft === false &&
      assets.length === 5 &&
      first.outputs.latest === 'true' &&
      writes[0] === 'repos/create-release' &&
      writes[writes.length - 1] === 'repos/update-release',
    'GitHub Release',
  )
}

async function deployDemo(demo: Demo): Promise<void> {
  heading(
    'Stage 7 — deploy-demo: plan, wait for the image, smoke-check the new revision (Cloud Run itself runs on GitHub)',
  )
  const base = {
    image: `${demo.registry.host}/quay/quay:0.3.0`,
    region: 'us-west1',
    'project-id': 'quay-demo',
    'workload-identity-provider':
      'projects/123456/locations/global/workloadIdentityPools/github/providers/github',
    'service-account': 'demo-deployer@quay-demo.iam.gserviceaccount.com',
  }
  const rc = await runStep(demo, 'deploy-plan', { ...base, version: 'v0.3.0-rc.1' })
  const stable = await runStep(demo, 'deploy-plan', { ...base, version: 'v0.3.0' })
  console.log(`  v0.3.0-rc.1 → skip=${rc.outputs.skip}: ${rc.outputs.reason ?? rc.error}`)
  console.log(
    `  v0.3.0      → skip=${stable.outputs.skip}; revision tag ${stable.outputs.tag}, must report ${stable.outputs['expected-version']}`,
  )
  const image = await runStep(demo, 'wait-for-image', {
    image: base.image,
    'timeout-seconds': '10',
  })
  console.log(
    `  wait-for-image: ${base.image} pullable as ${(image.outputs.digest ?? image.error).slice(0, 19)}… after ${image.outputs['waited-seconds']} s`,
  )
  // A revision that still starts up (answers the old version twice), then one that never changes.
  const fresh = await revisionServer(['0.2.0', '0.2.0', '0.3.0'])
  const stale = await revisionServer(['0.2.0'])
  try {
    const smoke = { 'expected-version': '0.3.0', attempts: '5', 'interval-seconds': '0' }
    const good = await runStep(demo, 'smoke-check', { ...smoke, url: fresh.url })
    const bad = await runStep(demo, 'smoke-check', { ...smoke, url: stale.url, attempts: '3' })
    console.log(
      `  smoke-check, new revision: ${good.ok ? 'ok' : 'FAILED'} after ${good.outputs.attempts} attempts (served ${good.outputs['served-version']})`,
    )
    console.log(`  smoke-check, stale revision: ${bad.ok ? 'passed?!' : 'fails'} — ${bad.error}`)
    console.log(
      '  then: all traffic to the new revision, or (on failure) kept on the one that served before.',
    )
    expectThat(
      demo,
      rc.outputs.skip === 'true' &&
        stable.outputs.skip === 'false' &&
        image.ok &&
        good.ok &&
        good.outputs.attempts === '3' &&
        !bad.ok &&
        bad.error.includes('still serves version 0.2.0'),
      'deploy-demo steps',
    )
  } finally {
    await Promise.all([fresh.close(), stale.close()])
  }
}

async function supersedeRelease(demo: Demo): Promise<void> {
  heading(
    'Stage 8 — superseded-release: v0.3.0 turns out bad; mark it superseded and roll the image tags back',
  )
  // The earlier releases; v0.3.0 is the one stage 6 published, as Latest.
  for (const tag of ['v0.1.0', 'v0.1.1', 'v0.2.0', 'v0.1.2'])
    demo.api.addRelease('quay/quay', { tag_name: tag, body: `## What's changed in ${tag}\n` })
  const image = `${demo.registry.host}/quay/quay`
  const good = await pushImage(demo.registry, 'quay/quay', { seed: 'quay v0.2.0', tag: '0.2.0' })
  await pushImage(demo.registry, 'quay/quay', { seed: 'quay v0.2.0', tag: '0.2' })
  const inputs = {
    tag: 'v0.3.0',
    reason: 'The 0.3.0 schema migration drops the audit table.',
    token: demo.api.token,
    'api-url': demo.api.url,
    images: image,
  }
  const writesBefore = demo.api.requests.filter(r => r.method !== 'GET').length
  const dry = await runStep(demo, 'superseded-release', { ...inputs, 'dry-run': 'true' })
  const writesAfterDry = demo.api.requests.filter(r => r.method !== 'GET').length - writesBefore
  const real = await runStep(demo, 'superseded-release', inputs)
  const again = await runStep(demo, 'superseded-release', inputs)
  const release = demo.api.repo('quay/quay').releases.find(r => r.tag_name === 'v0.3.0')
  const latest = await tagDigest(demo.registry, 'quay/quay', 'latest')
  const moved = JSON.parse(real.outputs['moved-aliases'] ?? '[]') as { alias: string }[]
  console.log(
    `  dry run: ${writesAfterDry === 0 ? 'nothing written' : `${writesAfterDry} writes?!`}; would move ${(JSON.parse(dry.outputs['moved-aliases'] ?? '[]') as unknown[]).length} image tag(s)`,
  )
  console.log(
    `  release v0.3.0 is now titled "${release?.name}"; its notes open with: ${(release?.body ?? '').split('\n')[1]}`,
  )
  console.log(
    `  Latest: ${real.outputs['latest-tag']}; moved: ${moved.map(m => m.alias).join(', ')} → 0.2.0 ${latest === good ? '(checked in the registry)' : '(NOT in the registry?!)'}; 0.3 stays (no good 0.3.x yet); 0.3.0 itself untouched`,
  )
  console.log(
    `  a re-run: moved ${again.outputs['moved-aliases']}, the banner ${(release?.body ?? '').split('<!-- release-actions:superseded -->').length === 2 ? 'once' : 'twice?!'}`,
  )
  expectThat(
    demo,
    dry.ok &&
      writesAfterDry === 0 &&
      real.ok &&
      real.outputs['latest-tag'] === 'v0.2.0' &&
      latest === good &&
      again.ok &&
      again.outputs['moved-aliases'] === '[]',
    'superseded-release',
  )
}

async function main(): Promise<void> {
  const base = mkdtempSync(path.join(tmpdir(), 'release-actions-demo-'))
  const repo = path.join(base, 'quay')
  const runnerTemp = path.join(base, 'runner-temp')
  mkdirSync(runnerTemp)
  await buildSampleRepo(repo)
  const sha = (await exec('git', ['-C', repo, 'rev-parse', 'HEAD'])).stdout.trim()
  const [registry, api] = await Promise.all([startRegistry(), FakeGitHub.start()])
  const demo: Demo = { repo, runnerTemp, sha, registry, api, failures: [] }
  try {
    const commits = SAMPLE_HISTORY.filter(s => 'commit' in s).length
    const tags = SAMPLE_HISTORY.filter(s => 'tag' in s).map(s => ('tag' in s ? s.tag : ''))
    console.log(`release-actions demo — sample repository "quay" at ${repo}`)
    console.log(`${commits} commits, tags ${tags.join(', ')}; main has a pending release candidate`)
    console.log(
      '(v0.3.0-rc.1) and work after it. Every stage runs the committed bundle dist/<action>/index.js as the',
    )
    console.log(
      `GitHub runner does, against real local peers: git, docker-registry at ${registry.url}, the local GitHub API.`,
    )
    await computeVersion(demo)
    await qualityGates(demo)
    await publishTags(demo)
    await changelog(demo)
    await attest(demo)
    await githubRelease(demo)
    await deployDemo(demo)
    await supersedeRelease(demo)
    expectThat(
      demo,
      api.violations.length === 0,
      `GitHub API requests valid (${api.violations.join('; ')})`,
    )
  } finally {
    await Promise.all([registry.stop(), api.stop()])
    if (keep) console.log(`\nKept ${base}`)
    else rmSync(base, { recursive: true, force: true })
    cleanupTempDirs()
  }
  if (demo.failures.length > 0) {
    console.error(`\nThese stages did not behave as expected: ${demo.failures.join(', ')}`)
    process.exitCode = 1
  } else console.log('\ndemo finished: every stage behaved as expected')
}

await main()
