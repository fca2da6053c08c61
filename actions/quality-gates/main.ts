import { gateReport, runGates, type GateResult } from '../../packages/gates/index.ts'
import { createGitHubClient } from '../../packages/github/index.ts'
import { PreconditionError } from '../../packages/errors/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { code, codeBlock, escapeInline, table } from '../../packages/markdown/index.ts'
import { commandFreeStream } from '../../packages/runtime/commands.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs, type QualityGatesInputs } from './inputs.ts'

const ICON: Record<GateResult['status'], string> = {
  success: '✅ success',
  failure: '❌ failure',
  skipped: '⏭️ skipped',
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

export function summarize(results: readonly GateResult[], source: string): string {
  const failed = results.filter(r => r.status === 'failure')
  const lines = [
    `### quality-gates: ${failed.length === 0 ? 'all gates passed' : `${failed.length} of ${results.length} gates failed`}`,
    '',
    `Gates from ${escapeInline(source)}.`,
    '',
    table(
      ['Gate', 'Status', 'Duration', 'Summary'],
      results.map(r => [
        code(r.name),
        ICON[r.status],
        seconds(r.durationMs),
        escapeInline(r.summary),
      ]),
    ),
    '',
  ]
  for (const r of failed) {
    if (!r.details) continue
    lines.push(
      `<details><summary>${escapeInline(r.name)}: the last lines</summary>`,
      '',
      codeBlock(r.details),
      '',
      '</details>',
      '',
    )
  }
  return lines.join('\n')
}

export async function evaluate(
  opts: QualityGatesInputs,
  ctx: {
    workspace: string
    env: NodeJS.ProcessEnv
    logger: Logger
    output: (chunk: Buffer) => void
    endOutput?: () => void
  },
): Promise<GateResult[]> {
  return runGates(
    opts.gates,
    {
      workspace: ctx.workspace,
      env: ctx.env,
      logger: ctx.logger,
      output: ctx.output,
      ...(ctx.endOutput ? { endOutput: ctx.endOutput } : {}),
      sha: opts.sha,
      repository: opts.repository,
      version: opts.version,
      github: () => {
        if (!opts.token)
          throw new PreconditionError(
            "required-checks needs a token with actions: read and checks: read (input 'token')",
          )
        return createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl, logger: ctx.logger })
      },
    },
    { failFast: opts.failFast },
  )
}

export function outputs(results: readonly GateResult[]): Record<string, string> {
  const failed = results.filter(r => r.status === 'failure')
  return {
    result: failed.length === 0 ? 'success' : 'failure',
    report: JSON.stringify(gateReport(results)),
    failed: failed.map(r => r.name).join('\n'),
  }
}

export const main: ActionMain = async ({ inputs, github, env, logger, mask }) => {
  const opts = readInputs(inputs, github)
  if (opts.token) mask(opts.token)
  // A gate's output is the command's, not ours: it cannot issue workflow commands.
  const output = commandFreeStream()
  const results = await evaluate(opts, {
    workspace: github.workspace,
    env,
    logger,
    output: chunk => output.write(chunk),
    endOutput: () => output.end(),
  })
  const failed = results.filter(r => r.status === 'failure')
  return {
    outputs: outputs(results),
    summary: summarize(results, opts.source),
    ...(failed.length > 0
      ? {
          // Each failed gate with its one-line reason, so the annotation itself says what to fix.
          failure: `${failed.length} of ${results.length} gates failed: ${failed.map(r => (r.summary ? `${r.name} (${r.summary})` : r.name)).join('; ')}`,
        }
      : {}),
  }
}
