/**
 * Prove the deployment serves the new version: poll the URL until it answers 2xx and reports the
 * expected version, and say which version it saw when it does not.
 */
import { type Inputs } from '../../../../packages/inputs/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { code, table } from '../../../../packages/markdown/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import {
  REPORTED_VERSION,
  REPORTED_VERSION_FORM,
  smokeCheck,
  type SmokeOptions,
} from '../../../../packages/smoke/index.ts'

/** The version the deployment must report (the grammar is REPORTED_VERSION). */
function readExpectedVersion(inputs: Inputs): string {
  const value = inputs.required(
    'expected-version',
    'the version the deployment must report, such as 1.2.3',
  )
  if (!REPORTED_VERSION.test(value))
    throw new InputError(
      'expected-version',
      `expected ${REPORTED_VERSION_FORM}, got ${showValue(value)}`,
    )
  return value
}

export function readSmokeInputs(inputs: Inputs): SmokeOptions {
  const base = inputs.required(
    'url',
    'the URL of the deployment (the tagged revision URL), such as https://v1-2-3---api-abc.a.run.app',
  )
  let url: URL
  try {
    url = new URL(base)
  } catch {
    throw new InputError('url', `expected an http(s) URL, got ${showValue(base)}`)
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password)
    throw new InputError(
      'url',
      `expected an http(s) URL without credentials, got ${showValue(base)}`,
    )
  const healthPath = inputs.string('health-path', '/health')
  if (!/^\/[\w./~%-]*$/.test(healthPath))
    throw new InputError(
      'health-path',
      `expected a path starting with /, got ${showValue(healthPath)}`,
    )
  const versionHeader = inputs.optional('version-header')
  if (versionHeader !== undefined && !/^[A-Za-z0-9-]+$/.test(versionHeader))
    throw new InputError(
      'version-header',
      `expected a header name such as X-App-Version, got ${showValue(versionHeader)}`,
    )
  const versionField = inputs.string('version-field', 'version')
  if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(versionField))
    throw new InputError(
      'version-field',
      `expected a JSON field such as version or build.version, got ${showValue(versionField)}`,
    )
  return {
    url: `${base.replace(/\/+$/, '')}${healthPath}`,
    expectedVersion: readExpectedVersion(inputs),
    attempts: inputs.integer('attempts', 10, { min: 1, max: 100 }),
    intervalMs: inputs.integer('interval-seconds', 6, { min: 0, max: 300 }) * 1000,
    requestTimeoutMs: inputs.integer('request-timeout-seconds', 10, { min: 1, max: 120 }) * 1000,
    versionField,
    ...(versionHeader ? { versionHeader } : {}),
  }
}

export const main: ActionMain = async ({ inputs, logger }) => {
  const opts = readSmokeInputs(inputs)
  const result = await smokeCheck({ ...opts, logger })
  const served = [...result.attempts].reverse().find(a => a.served !== undefined)?.served ?? ''
  return {
    outputs: {
      'served-version': served,
      attempts: String(result.attempts.length),
      ok: String(result.ok),
    },
    summary: [
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
    ].join('\n'),
    ...(result.ok ? {} : { failure: result.message }),
  }
}
