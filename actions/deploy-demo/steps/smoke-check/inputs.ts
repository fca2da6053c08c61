/**
 * smoke-check's inputs: the only place they are read and validated.
 */
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { type Inputs } from '../../../../packages/inputs/index.ts'
import {
  REPORTED_VERSION,
  REPORTED_VERSION_FORM,
  type SmokeOptions,
} from '../../../../packages/smoke/index.ts'

export type SmokeCheckInputs = SmokeOptions

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

export function readInputs(inputs: Inputs): SmokeCheckInputs {
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
