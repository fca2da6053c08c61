/**
 * smoke-check's outputs (the names of its action.yml) and step summary.
 */
import { code, table } from '../../../../packages/markdown/index.ts'
import type { SmokeResult } from '../../../../packages/smoke/index.ts'

export function smokeOutputs(result: SmokeResult): Record<string, string> {
  const served = [...result.attempts].reverse().find(a => a.served !== undefined)?.served ?? ''
  return {
    'served-version': served,
    attempts: String(result.attempts.length),
    ok: String(result.ok),
  }
}

export function summarize(result: SmokeResult): string {
  return [
    `### smoke-check: ${result.ok ? 'the new version answers' : 'the new version does not answer'}`,
    '',
    result.message,
    '',
    table(
      ['Attempt', 'HTTP', 'Served version', 'Problem', 'Time'],
      result.attempts.map(a => [
        String(a.attempt),
        a.status === undefined ? '—' : String(a.status),
        a.served === undefined ? '—' : code(a.served),
        a.problem ?? '',
        `${a.ms} ms`,
      ]),
    ),
    '',
  ].join('\n')
}
