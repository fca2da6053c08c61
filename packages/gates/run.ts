/**
 * Running the gates: every one (or up to the first failure with fail-fast), each in its own log
 * group, each reported with its status, duration and a one-line summary. A gate that throws is a
 * failure, never a pass: the gates fail closed.
 */
import path from 'node:path'
import { isInside } from '../files/paths.ts'
import { errorMessage, PreconditionError } from '../errors/index.ts'
import { Git } from '../git/index.ts'
import type { GitHubClient } from '../github/index.ts'
import type { Logger } from '../log/index.ts'
import { checkChartVersions } from './chart-version.ts'
import { runCommandGate } from './command.ts'
import { checkLicenseHeaders } from './license-headers.ts'
import {
  isPending,
  showDuration,
  waitForRequiredChecks,
  type CheckVerdict,
  type Clock,
} from './required-checks.ts'
import type { Gate } from './spec.ts'
import { checkFile } from './version-alignment.ts'

export type GateStatus = 'success' | 'failure' | 'skipped'

export interface GateResult {
  name: string
  kind: Gate['kind']
  status: GateStatus
  durationMs: number
  /** One line: what was found. */
  summary: string
  /** The evidence of a failure: the tail of a command's output, the files at fault. */
  details: string
}

export interface GateContext {
  /** The directory gates run in and paths are relative to. */
  workspace: string
  env: NodeJS.ProcessEnv
  logger: Logger
  /**
   * Where a command gate's output goes, as it comes (the log group). It is text from outside: in
   * an action the sink prints it with workflow commands stopped, and `endOutput` resumes them.
   */
  output: (chunk: Buffer) => void
  /** Called when a command gate's output is complete (before its log group closes). */
  endOutput?: () => void
  /** The commit required-checks looks at. */
  sha: string | undefined
  /** owner/repo for required-checks. */
  repository: string | undefined
  /** A GitHub client, made when a required-checks gate needs one. */
  github: () => GitHubClient
  /** The release version, for version-alignment without with.version. */
  version: string | undefined
  /** The clock required-checks waits on (default: the real one); tests hand in a fake. */
  clock?: Clock
}

/** `relative` under the workspace, its symlinks resolved (the one rule: packages/files/paths.ts). */
function inside(workspace: string, relative: string, what: string): string {
  const full = path.resolve(workspace, relative)
  if (!isInside(workspace, full))
    throw new PreconditionError(`${what} ${relative} is outside the workspace ${workspace}`)
  return full
}

const TAIL_LINES = 30

function lastLines(text: string, n = TAIL_LINES): string {
  const lines = text.replace(/\s+$/, '').split('\n')
  return lines.slice(-n).join('\n')
}

function list(items: readonly string[], n = 50): string {
  return items.slice(0, n).join('\n') + (items.length > n ? `\n… and ${items.length - n} more` : '')
}

async function runOne(
  gate: Gate,
  ctx: GateContext,
): Promise<Omit<GateResult, 'name' | 'kind' | 'durationMs'>> {
  switch (gate.kind) {
    case 'command': {
      const cwd = inside(ctx.workspace, gate.workingDirectory ?? '.', 'working-directory')
      let r: Awaited<ReturnType<typeof runCommandGate>>
      try {
        r = await runCommandGate(gate, { cwd, env: ctx.env, onOutput: ctx.output })
      } finally {
        ctx.endOutput?.()
      }
      if (r.timedOut)
        return {
          status: 'failure',
          summary: `timed out after ${gate.timeoutMinutes} min; the process group was killed`,
          details: lastLines(r.tail),
        }
      if (r.exitCode === 0) return { status: 'success', summary: 'exit code 0', details: '' }
      return {
        status: 'failure',
        summary: r.exitCode === null ? `killed by ${r.signal}` : `exit code ${r.exitCode}`,
        details: lastLines(r.tail),
      }
    }
    case 'license-headers': {
      const r = await checkLicenseHeaders(gate, ctx.workspace)
      if (r.checked === 0)
        return {
          status: 'failure',
          summary: `no file matches ${gate.paths.join(', ')}`,
          details: '',
        }
      if (r.missing.length === 0)
        return { status: 'success', summary: `${r.checked} files carry the header`, details: '' }
      if (gate.fix && r.unfixable.length === 0) {
        return {
          status: 'success',
          summary: `${r.checked} files checked; inserted the header into ${r.fixed.length}`,
          details: list(r.fixed),
        }
      }
      const rest = gate.fix ? r.unfixable : r.missing
      return {
        status: 'failure',
        summary: `${rest.length} of ${r.checked} files lack the header${gate.fix ? ' and have no known comment syntax' : ''}`,
        details: list(rest),
      }
    }
    case 'clean-tree': {
      const dir = inside(ctx.workspace, gate.path, 'with.path')
      const changes = await new Git(dir).changes({ untracked: gate.untracked ? 'all' : 'no' })
      if (changes.length === 0)
        return { status: 'success', summary: 'the working tree is clean', details: '' }
      return {
        status: 'failure',
        summary: `${changes.length} path(s) changed or left behind (commit generated files; remove what the gates left)`,
        details: list(changes),
      }
    }
    case 'chart-version-bumped': {
      const { since, verdicts } = await checkChartVersions(gate, ctx.workspace)
      if (since === undefined)
        return {
          status: 'success',
          summary: `no previous release tag (${gate.tagPrefix}X.Y.Z) before HEAD: nothing to compare`,
          details: '',
        }
      if (verdicts.length === 0)
        return {
          status: 'failure',
          summary: 'no chart found (with.charts, or charts/<name>/Chart.yaml)',
          details: '',
        }
      const bad = verdicts.filter(v => !v.ok)
      if (bad.length === 0)
        return {
          status: 'success',
          summary: `${verdicts.length} chart(s) checked against ${since}`,
          details: list(verdicts.map(v => v.line)),
        }
      return {
        status: 'failure',
        summary: `${bad.length} of ${verdicts.length} chart(s) changed since ${since} without a version bump: ${bad.map(b => b.name).join(', ')}`,
        details: list(bad.map(v => v.line)),
      }
    }
    case 'version-alignment': {
      const version = gate.version ?? ctx.version
      if (!version)
        throw new PreconditionError(
          'version-alignment has no version: set with.version, or run it on a release tag',
        )
      const results = gate.files.map(f => checkFile(ctx.workspace, f, version))
      const bad = results.filter(r => !r.ok)
      if (bad.length === 0)
        return {
          status: 'success',
          summary: `${results.length} file(s) state ${version}`,
          details: '',
        }
      return {
        status: 'failure',
        summary: `${bad.length} of ${results.length} file(s) drift from ${version}`,
        details: list(
          bad.map(r => `${r.path}: ${r.problem ?? `states ${r.found}, expected ${r.expected}`}`),
        ),
      }
    }
    case 'required-checks': {
      if (!ctx.sha) throw new PreconditionError('required-checks needs the commit: set sha')
      const [owner, repo] = (ctx.repository ?? '').split('/')
      if (!owner || !repo)
        throw new PreconditionError(
          'required-checks needs the repository (owner/repo); GITHUB_REPOSITORY is not set',
        )
      const sha = ctx.sha
      const short = sha.slice(0, 12)
      const waitMs = gate.waitMinutes * 60_000
      const { outcome, verdicts, waitedMs } = await waitForRequiredChecks(
        ctx.github(),
        { owner, repo, sha, workflows: gate.workflows, checks: gate.checks },
        {
          waitMs,
          pollMs: gate.pollSeconds * 1000,
          ...(ctx.clock ? { clock: ctx.clock } : {}),
          // Run names, states and URLs come from the API: the untrusted path.
          log: text => ctx.logger.untrusted(text),
        },
      )
      const line = (v: CheckVerdict) =>
        `${v.kind} ${v.name}: ${v.state === 'missing' ? `no run for ${short}` : v.state}${v.url ? ` (${v.url})` : ''}`
      const after = waitedMs > 0 ? ` after waiting ${showDuration(waitedMs)}` : ''
      if (outcome === 'success')
        return {
          status: 'success',
          summary: `${verdicts.length} required check(s) succeeded on ${short}${after}`,
          details: list(verdicts.map(line)),
        }
      const bad = verdicts.filter(v => !v.ok)
      if (waitMs === 0)
        return {
          status: 'failure',
          summary: `${bad.length} of ${verdicts.length} required check(s) did not succeed: ${bad.map(b => `${b.name} (${b.state})`).join(', ')}`,
          details: list(bad.map(line)),
        }
      const pending = verdicts.filter(isPending)
      if (outcome === 'failure') {
        const failed = bad.filter(v => !isPending(v))
        return {
          status: 'failure',
          summary: `${failed.map(f => `${f.kind} ${f.name} concluded ${f.state}${f.url ? ` (${f.url})` : ''}`).join('; ')} on ${short}${after}${pending.length > 0 ? `; not waiting for the ${pending.length} still pending` : ''}`,
          details: list(bad.map(line)),
        }
      }
      return {
        status: 'failure',
        summary: `${pending.length} of ${verdicts.length} required check(s) still not completed on ${short} after the wait of ${showDuration(waitMs)} (with.wait-minutes: ${gate.waitMinutes}) ran out: ${pending.map(p => `${p.kind} ${p.name} (${p.state === 'missing' ? 'no run yet' : p.state}${p.url ? `, ${p.url}` : ''})`).join(', ')}; raise with.wait-minutes to wait longer`,
        details: list(pending.map(line)),
      }
    }
  }
}

export async function runGates(
  gates: readonly Gate[],
  ctx: GateContext,
  { failFast = false } = {},
): Promise<GateResult[]> {
  const results: GateResult[] = []
  let failed = false
  for (const gate of gates) {
    if (failed && failFast) {
      results.push({
        name: gate.name,
        kind: gate.kind,
        status: 'skipped',
        durationMs: 0,
        summary: 'skipped: an earlier gate failed (fail-fast)',
        details: '',
      })
      continue
    }
    const started = performance.now()
    let outcome: Omit<GateResult, 'name' | 'kind' | 'durationMs'>
    try {
      outcome = await ctx.logger.group(`Gate: ${gate.name}`, () => runOne(gate, ctx))
    } catch (error) {
      outcome = {
        status: 'failure',
        summary: `could not run: ${errorMessage(error).split('\n')[0] ?? ''}`,
        details: errorMessage(error),
      }
    }
    const result = {
      name: gate.name,
      kind: gate.kind,
      durationMs: Math.round(performance.now() - started),
      ...outcome,
    }
    // The name and the summary may carry text from outside (a command's first line, API names):
    // a warning is escaped, a success line goes the untrusted way.
    const line = `${gate.name}: ${result.status} — ${result.summary}`
    if (result.status === 'success') ctx.logger.untrusted(line)
    else ctx.logger.warning(line)
    results.push(result)
    if (result.status === 'failure') failed = true
  }
  return results
}

/** The report output: one entry per gate. */
export function gateReport(
  results: readonly GateResult[],
): { name: string; status: GateStatus; 'duration-ms': number; summary: string }[] {
  return results.map(r => ({
    name: r.name,
    status: r.status,
    'duration-ms': r.durationMs,
    summary: r.summary,
  }))
}
