/**
 * required-checks on a release commit whose CI is still running (bump just pushed it with its tag):
 * the gate waits, bounded, polling the local GitHub API (validated against GitHub's REST
 * description), and passes when CI succeeds; it fails naming the run when CI fails or the wait runs
 * out. The bundle runs as the runner runs it, with real short waits; the progress log is checked
 * on a fake clock.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../packages/github/index.ts'
import { parseGates, runGates, type Clock, type GateContext } from '../../packages/gates/index.ts'
import { recordingLogger } from '../helpers/logger.ts'
import { runAction } from '../helpers/cli.ts'
import { FakeGitHub } from '../peers/github-api.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

let api: FakeGitHub
let shas = 0
/** A commit of its own for each test, so runs of one never answer another. */
const freshSha = () => (++shas).toString(16).padStart(8, '0').repeat(5)

beforeAll(async () => {
  api = await FakeGitHub.start()
})
afterEach(() => {
  expect(api.violations).toEqual([])
})
afterAll(async () => {
  await api.stop()
  cleanupTempDirs()
})

function gatesWith(options: string): string {
  return `- uses: required-checks\n  with: { workflows: [CI]${options ? `, ${options}` : ''} }`
}

async function runGatesAction(gates: string, sha: string) {
  const started = Date.now()
  const r = await runAction(
    'quality-gates',
    { gates, token: api.token, 'api-url': api.url, sha },
    { cwd: tempDir(), env: { GITHUB_REPOSITORY: 'octo/app' } },
  )
  const report = JSON.parse(r.outputs.report ?? '[]') as { status: string; summary: string }[]
  return { ...r, ms: Date.now() - started, gate: report[0] }
}

describe('the bundle waits for CI on the release commit', () => {
  it('passes once CI, in progress at first, succeeds', async () => {
    const sha = freshSha()
    api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      status: 'in_progress',
      completeAfterMs: 1000,
      conclusion: 'success',
    })
    const r = await runGatesAction(gatesWith('wait-minutes: 0.1, poll-seconds: 0.2'), sha)
    expect(r.code, r.stdout).toBe(0)
    expect(r.gate?.status).toBe('success')
    expect(r.gate?.summary).toMatch(
      new RegExp(
        `^1 required check\\(s\\) succeeded on ${sha.slice(0, 12)} after waiting [\\d.]+ s$`,
      ),
    )
    expect(r.stdout).toContain(
      `waiting for 1 of 1 required check(s) on ${sha.slice(0, 12)} (0 succeeded; 0 s of 6 s): CI (in_progress, https://github.com/octo/app/actions/runs/`,
    )
    expect(r.ms).toBeGreaterThanOrEqual(1000)
    expect(r.ms).toBeLessThan(3000)
  })

  it('fails at once, naming the run and its URL, when CI concludes failure; not waiting for the rest', async () => {
    const sha = freshSha()
    const ci = api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      completeAfterMs: 1000,
      conclusion: 'failure',
    })
    api.addWorkflowRun('octo/app', { name: 'E2E', head_sha: sha, status: 'queued' })
    const r = await runGatesAction(
      '- uses: required-checks\n  with: { workflows: [CI, E2E], wait-minutes: 1, poll-seconds: 0.2 }',
      sha,
    )
    expect(r.code).toBe(1)
    expect(r.gate?.status).toBe('failure')
    expect(r.gate?.summary).toMatch(
      new RegExp(
        `^workflow CI concluded failure \\(${ci.html_url}\\) on ${sha.slice(0, 12)} after waiting [\\d.]+ s; not waiting for the 1 still pending$`,
      ),
    )
    expect(r.stdout).toContain(`workflow CI concluded failure (${ci.html_url})`)
    expect(r.ms).toBeLessThan(3000)
  })

  it('fails when the wait runs out, naming each run still pending and how to wait longer', async () => {
    const sha = freshSha()
    const ci = api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
    })
    const gates =
      '- uses: required-checks\n  with: { workflows: [CI, Nightly], checks: [lint], wait-minutes: 0.01, poll-seconds: 0.2 }'
    api.addCheckRun('octo/app', { name: 'lint', head_sha: sha })
    const r = await runGatesAction(gates, sha)
    expect(r.code).toBe(1)
    expect(r.gate?.summary).toBe(
      `2 of 3 required check(s) still not completed on ${sha.slice(0, 12)} after the wait of 0.6 s (with.wait-minutes: 0.01) ran out: workflow CI (in_progress, ${ci.html_url}), workflow Nightly (no run yet); raise with.wait-minutes to wait longer`,
    )
    expect(r.ms).toBeGreaterThanOrEqual(600)
    expect(r.ms).toBeLessThan(3000)
    // Polled through the wait, not once.
    const polls = api.requests.filter(
      q => q.operationId === 'actions/list-workflow-runs-for-repo' && q.query.head_sha === sha,
    )
    expect(polls.length).toBeGreaterThanOrEqual(3)
  })

  it('waits for a run that does not exist yet (CI not created right after the push)', async () => {
    const sha = freshSha()
    const lint = api.addCheckRun('octo/app', {
      name: 'lint',
      head_sha: sha,
      status: 'queued',
      completeAfterMs: 600,
    })
    // CI appears 300 ms after lint completes (600 ms after the gate first saw lint), however
    // slowly the action started: the gate sees both pending, then only CI missing, then CI queued.
    const ciLater = (async () => {
      while (lint.status !== 'completed') await new Promise(resolve => setTimeout(resolve, 10))
      await new Promise(resolve => setTimeout(resolve, 300))
      api.addWorkflowRun('octo/app', {
        name: 'CI',
        head_sha: sha,
        status: 'queued',
        completeAfterMs: 400,
      })
    })()
    const r = await runGatesAction(
      '- uses: required-checks\n  with: { workflows: [CI], checks: [lint], wait-minutes: 0.1, poll-seconds: 0.1 }',
      sha,
    )
    await ciLater
    expect(r.code, r.stdout).toBe(0)
    expect(r.gate?.summary).toMatch(/^2 required check\(s\) succeeded on .* after waiting/)
    expect(r.stdout).toMatch(
      /waiting for 2 of 2 required check\(s\) .*: CI \(missing\), lint \(queued, https:/,
    )
    expect(r.stdout).toMatch(/waiting for 1 of 2 required check\(s\) .*: CI \(queued, https:/)
    expect(r.stdout).toMatch(/waiting for 1 of 2 required check\(s\) .*: CI \(missing\)\n/)
    expect(r.ms).toBeGreaterThanOrEqual(1300)
    expect(r.ms).toBeLessThan(3000)
  })

  it('with wait-minutes: 0 fails at once, as before', async () => {
    const sha = freshSha()
    api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      status: 'in_progress',
      completeAfterMs: 5000,
    })
    const r = await runGatesAction(gatesWith('wait-minutes: 0'), sha)
    expect(r.code).toBe(1)
    expect(r.gate?.summary).toBe('1 of 1 required check(s) did not succeed: CI (in_progress)')
    expect(r.stdout).not.toContain('waiting for')
    expect(r.ms).toBeLessThan(2000)
    const polls = api.requests.filter(
      q => q.operationId === 'actions/list-workflow-runs-for-repo' && q.query.head_sha === sha,
    )
    expect(polls).toHaveLength(1)
  })

  it.each([
    [
      'wait-minutes: -1',
      "with.wait-minutes must be a number of minutes from 0 to 360, such as 30 or 2.5 (0: don't wait); got -1",
    ],
    [
      'wait-minutes: soon',
      `with.wait-minutes must be a number of minutes from 0 to 360, such as 30 or 2.5 (0: don't wait); got "soon"`,
    ],
    [
      'poll-seconds: 0',
      'with.poll-seconds must be a number of seconds from 0.1 to 3600, such as 15 or 0.5; got 0',
    ],
  ])('refuses %s before any gate runs, naming the option', async (option, message) => {
    const sha = freshSha()
    const r = await runGatesAction(gatesWith(option), sha)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input 'gates': gate 1: ${message}`)
    expect(r.outputFile).toBe('')
    expect(api.requests.filter(q => q.query.head_sha === sha)).toEqual([])
  })
})

describe('the wait on a fake clock', () => {
  /** A clock that only moves when the gate sleeps, running `at` callbacks as time passes. */
  function fakeClock(events: [number, () => void][]): Clock & { t: number; sleeps: number[] } {
    const clock = {
      t: 0,
      sleeps: [] as number[],
      now: () => clock.t,
      sleep: (ms: number) => {
        clock.sleeps.push(ms)
        clock.t += ms
        for (const [at, fn] of events.splice(0)) {
          if (at <= clock.t) fn()
          else events.push([at, fn])
        }
        return Promise.resolve()
      },
    }
    return clock
  }
  function context(
    sha: string,
    clock: Clock,
  ): GateContext & { logger: ReturnType<typeof recordingLogger> } {
    return {
      workspace: tempDir(),
      env: process.env,
      logger: recordingLogger(),
      output: () => {},
      sha,
      repository: 'octo/app',
      version: undefined,
      clock,
      github: () =>
        createGitHubClient({
          token: api.token,
          apiUrl: api.url,
          logger: recordingLogger(),
          retryBaseMs: 10,
        }),
    }
  }

  it('logs progress on each change of state and otherwise at most every 30 s', async () => {
    const sha = freshSha()
    const ci = api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null,
    })
    let lint: Record<string, unknown> = {}
    const clock = fakeClock([
      [
        20_000,
        () => {
          lint = api.addCheckRun('octo/app', { name: 'lint', head_sha: sha, status: 'in_progress' })
        },
      ],
      [
        100_000,
        () => {
          Object.assign(ci, { status: 'completed', conclusion: 'success' })
          Object.assign(lint, { status: 'completed', conclusion: 'success' })
        },
      ],
    ])
    const ctx = context(sha, clock)
    const [r] = await runGates(
      parseGates(
        '- uses: required-checks\n  with: { workflows: [CI], checks: [lint], wait-minutes: 5, poll-seconds: 5 }',
        'gates',
      ),
      ctx,
    )
    expect(r?.status).toBe('success')
    expect(r?.summary).toBe(
      `2 required check(s) succeeded on ${sha.slice(0, 12)} after waiting 1.7 min`,
    )
    expect(clock.sleeps.every(ms => ms === 5000)).toBe(true)
    // The wait's progress lines (the gate's own result line goes the untrusted way too).
    const progress = ctx.logger.records
      .filter(x => x.level === 'untrusted' && x.message.includes(' of 5 min)'))
      .map(x => x.message)
    expect(progress.map(m => /\(0 succeeded; (.*?) of 5 min\)/.exec(m)?.[1])).toEqual([
      '0 s',
      '20 s',
      '50 s',
      '1.3 min',
    ])
    expect(progress[0]).toContain('CI (in_progress, https://github.com/octo/app/actions/runs/')
    expect(progress[0]).toContain('lint (missing)')
    expect(progress[1]).toContain('lint (in_progress, https://github.com/octo/app/runs/')
  })

  it('stops at the deadline with one last look, never sleeping past it', async () => {
    const sha = freshSha()
    api.addWorkflowRun('octo/app', {
      name: 'CI',
      head_sha: sha,
      status: 'waiting',
      conclusion: null,
    })
    const clock = fakeClock([])
    const [r] = await runGates(
      parseGates(
        '- uses: required-checks\n  with: { workflows: [CI], wait-minutes: 0.25, poll-seconds: 4 }',
        'gates',
      ),
      context(sha, clock),
    )
    expect(r?.status).toBe('failure')
    expect(r?.summary).toMatch(
      /after the wait of 15 s \(with\.wait-minutes: 0\.25\) ran out: workflow CI \(waiting, /,
    )
    expect(clock.sleeps).toEqual([4000, 4000, 4000, 3000])
    expect(clock.t).toBe(15_000)
  })
})
