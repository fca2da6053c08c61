/**
 * quality-gates' outputs (the names of its action.yml), step summary and failure.
 */
import { failedGates, gateReport, type GateResult } from '../../packages/gates/index.ts'
import { code, codeBlock, escapeInline, table } from '../../packages/markdown/index.ts'

const ICON: Record<GateResult['status'], string> = {
  success: '✅ success',
  failure: '❌ failure',
  skipped: '⏭️ skipped',
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

export function gatesOutputs(results: readonly GateResult[]): Record<string, string> {
  const failed = failedGates(results)
  return {
    result: failed.length === 0 ? 'success' : 'failure',
    report: JSON.stringify(gateReport(results)),
    failed: failed.map(r => r.name).join('\n'),
  }
}

export function summarize(results: readonly GateResult[], source: string): string {
  const failed = failedGates(results)
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

/** Each failed gate with its one-line reason, so the annotation itself says what to fix. */
export function failure(results: readonly GateResult[]): string | undefined {
  const failed = failedGates(results)
  return failed.length > 0
    ? `${failed.length} of ${results.length} gates failed: ${failed.map(r => (r.summary ? `${r.name} (${r.summary})` : r.name)).join('; ')}`
    : undefined
}
