/**
 * The demo: a local, end-to-end run of the suite on the embedded sample repository. Each stage
 * runs a committed bundle from dist/ exactly as the GitHub runner would (INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) and prints what it decided.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { envVarName } from '../packages/inputs/index.ts'
import { exec } from '../packages/process/index.ts'
import { parseOutputFile } from '../test/helpers/cli.ts'
import { pushImage, startRegistry } from '../test/helpers/registry.ts'
import { cleanupTempDirs } from '../test/helpers/tmp.ts'
import { buildSampleRepo, SAMPLE_HISTORY } from './sample-repo.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const keep = process.argv.includes('--keep')

interface StepResult {
  ok: boolean
  outputs: Record<string, string>
  error: string
}

/** Run dist/<action>/index.js as the runner does. */
async function runStep(
  action: string,
  inputs: Record<string, string>,
  workspace: string,
  runnerTemp: string,
  env: Record<string, string> = {},
): Promise<StepResult> {
  const output = path.join(runnerTemp, `${action}.output`)
  const summary = path.join(runnerTemp, `${action}.summary.md`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const inputEnv: Record<string, string> = {}
  for (const [k, v] of Object.entries(inputs)) inputEnv[envVarName(k)] = v
  const r = await exec(process.execPath, [path.join(root, 'dist', action, 'index.js')], {
    cwd: workspace,
    okCodes: [0, 1],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_CONFIG_NOSYSTEM: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'quay/quay',
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      ...env,
      ...inputEnv,
    },
  })
  const error =
    r.stdout
      .split('\n')
      .find(l => l.startsWith('::error::'))
      ?.slice('::error::'.length) ?? ''
  return { ok: r.code === 0, outputs: parseOutputFile(readFileSync(output, 'utf8')), error }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length)
}

async function main(): Promise<void> {
  const base = mkdtempSync(path.join(tmpdir(), 'release-actions-demo-'))
  const repo = path.join(base, 'quay')
  const runnerTemp = path.join(base, 'runner-temp')
  await exec('mkdir', ['-p', runnerTemp])
  await buildSampleRepo(repo)
  const commits = SAMPLE_HISTORY.filter(s => 'commit' in s).length
  const tags = SAMPLE_HISTORY.filter(s => 'tag' in s).map(s => ('tag' in s ? s.tag : ''))
  console.log(`release-actions demo — sample repository "quay" at ${repo}`)
  console.log(
    `${commits} commits, tags ${tags.join(', ')}; main has a pending\nrelease candidate (v0.3.0-rc.1) and a feature after it.`,
  )
  console.log(
    `Each stage runs the committed bundle dist/<action>/index.js as the GitHub runner does.\n`,
  )

  console.log('Stage 1 — compute-version: what each bump kind decides on main')
  console.log(
    `  ${pad('bump', 9)}${pad('ref', 26)}${pad('→ tag', 16)}${pad('commit', 9)}${pad('latest', 8)}${pad('previous', 12)}why`,
  )
  const scenarios: {
    bump?: string
    ref: string
    note?: string
    inputs?: Record<string, string>
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
    { ref: 'refs/tags/v1$(id)' },
    { ref: 'refs/tags/\u04320.3.0' },
  ]
  let failures = 0
  for (const s of scenarios) {
    const inputs: Record<string, string> = {
      ref: s.ref,
      ...(s.bump ? { bump: s.bump } : {}),
      ...s.inputs,
    }
    const r = await runStep('compute-version', inputs, repo, runnerTemp)
    const label = s.bump ? (s.inputs?.['prerelease-format'] ? 'rc*' : s.bump) : 'tag'
    if (!r.ok) {
      const expectedRefusal = s.ref.includes('$') || /[^\x20-\x7e]/.test(s.ref)
      if (!expectedRefusal) failures++
      console.log(
        `  ${pad(label, 9)}${pad(JSON.stringify(s.ref).slice(1, -1), 26)}→ refused: ${r.error}`,
      )
      continue
    }
    const o = r.outputs
    const summary = readFileSync(path.join(runnerTemp, 'compute-version.summary.md'), 'utf8')
    const why =
      summary
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
    '\nrc* = prerelease-format: compact, rc-bump: patch. promote puts v0.3.0 on the commit of',
  )
  console.log(
    'v0.3.0-rc.1 (no rebuild). v0.1.2 is a back-port on release-0.1, so it is never latest. The two',
  )
  console.log(
    'malicious refs are refused before any git command runs, and nothing reaches GITHUB_OUTPUT.',
  )

  console.log(
    '\nStage 2 — generate-changelog: the v0.3.0 section into the hand-edited CHANGELOG.md, and the notes',
  )
  const changelogInputs = {
    version: 'v0.3.0',
    'notes-file': path.join(runnerTemp, 'notes.md'),
    date: '2026-07-01',
    images: 'ghcr.io/quay/quay',
  }
  const first = await runStep('generate-changelog', changelogInputs, repo, runnerTemp)
  const second = await runStep('generate-changelog', changelogInputs, repo, runnerTemp)
  if (!first.ok || first.outputs.changed !== 'true' || second.outputs.changed !== 'false') {
    failures++
    console.log(`  failed: ${first.error || second.error}`)
  }
  console.log(
    `  first run: changed=${first.outputs.changed}, ${first.outputs['commit-count']} commits, has-breaking=${first.outputs['has-breaking']}; second run: changed=${second.outputs.changed} (no second copy)`,
  )
  const changelog = readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8')
  const shown = changelog
    .slice(changelog.indexOf('## [Unreleased]'), changelog.indexOf('## [0.2.0]'))
    .trimEnd()
  console.log(
    shown
      .split('\n')
      .map(l => `  │ ${l}`)
      .join('\n'),
  )
  const notes = readFileSync(path.join(runnerTemp, 'notes.md'), 'utf8')
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
    '  the link references at the bottom were updated; everything below 0.3.0 is byte for byte as it was.',
  )

  console.log(
    '\nStage 3 — publish-tags-matrix: tag the pushed image of v0.3.0 in a real registry on 127.0.0.1',
  )
  const registry = await startRegistry()
  try {
    const image = `${registry.host}/quay/quay`
    const digest = await pushImage(registry, 'quay/quay', { seed: 'quay v0.3.0' })
    console.log(
      `  pushed ${image}@${digest.slice(0, 19)}… (docker-registry ${registry.url}), as a build job would`,
    )
    const sha = (await exec('git', ['-C', repo, 'rev-parse', 'HEAD'])).stdout.trim()
    const tagInputs = {
      images: image,
      version: 'v0.3.0',
      push: 'true',
      digest,
      sha,
      ref: 'refs/tags/v0.3.0',
    }
    const published = await runStep('publish-tags-matrix', tagInputs, repo, runnerTemp)
    const rerun = await runStep('publish-tags-matrix', tagInputs, repo, runnerTemp)
    const other = await pushImage(registry, 'quay/quay', { seed: 'a different build' })
    const refused = await runStep(
      'publish-tags-matrix',
      { ...tagInputs, digest: other },
      repo,
      runnerTemp,
    )
    const backport = await runStep(
      'publish-tags-matrix',
      { images: image, version: 'v0.1.3', sha, ref: 'refs/tags/v0.1.3' },
      repo,
      runnerTemp,
    )
    if (
      !published.ok ||
      rerun.outputs.pushed !== '' ||
      refused.ok ||
      !backport.ok ||
      backport.outputs['is-latest'] !== 'false'
    )
      failures++
    console.log(
      `  tags, version first and latest last: ${(published.outputs['tag-names'] ?? '').split('\n').join(', ')}`,
    )
    console.log(
      `  written: ${(published.outputs.pushed ?? '').split('\n').length} tags; a re-run wrote ${rerun.outputs.pushed === '' ? 'nothing' : rerun.outputs.pushed}`,
    )
    console.log(`  another digest for 0.3.0 → refused: ${refused.error.slice(0, 110)}…`)
    console.log(
      `  a back-port v0.1.3 would get: ${(backport.outputs['tag-names'] ?? '').split('\n').join(', ')} (is-latest ${backport.outputs['is-latest']}: never latest, no 0 alias for 0.x)`,
    )
  } finally {
    await registry.stop()
  }

  if (keep) console.log(`\nKept ${base}`)
  else rmSync(base, { recursive: true, force: true })
  cleanupTempDirs()
  if (failures > 0) {
    console.error(`\n${failures} stage(s) failed unexpectedly`)
    process.exitCode = 1
  } else console.log('\ndemo finished: every stage behaved as expected')
}

await main()
