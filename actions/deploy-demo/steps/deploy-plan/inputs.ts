/**
 * deploy-plan's inputs: every input of deploy-demo, validated before anything touches Google
 * Cloud (the later steps read the ones they use again).
 */
import type { DeployPlanOptions } from '../../../../packages/cloudrun/plan.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { type Inputs } from '../../../../packages/inputs/index.ts'
import { readImageWithTagOrDigest } from '../../../../packages/oci/index.ts'
import { REPORTED_VERSION, REPORTED_VERSION_FORM } from '../../../../packages/smoke/index.ts'
import { formatVersion, requireVersion } from '../../../../packages/versioning/index.ts'

export type DeployPlanInputs = DeployPlanOptions

function match(
  inputs: Inputs,
  name: string,
  re: RegExp,
  expected: string,
  fallback?: string,
): string {
  const value =
    fallback === undefined ? inputs.required(name, expected) : inputs.string(name, fallback)
  if (!re.test(value)) throw new InputError(name, `expected ${expected}, got ${showValue(value)}`)
  return value
}

export function readInputs(inputs: Inputs): DeployPlanInputs {
  const expected =
    'the image to deploy, with a tag or digest, such as us-docker.pkg.dev/project/repo/app@sha256:…'
  const { image } = readImageWithTagOrDigest(
    'image',
    inputs.required('image', expected),
    expected,
    inputs.warn,
  )
  const version = requireVersion(
    'version',
    inputs.required('version', 'the release version, such as v1.2.3'),
    'v',
  )
  // What the new revision must report, as it reports it (REPORTED_VERSION).
  const expectedValue = inputs.optional('expected-version')
  if (expectedValue !== undefined && !REPORTED_VERSION.test(expectedValue))
    throw new InputError(
      'expected-version',
      `expected ${REPORTED_VERSION_FORM}, got ${showValue(expectedValue)}`,
    )
  const expectedVersion = expectedValue ?? formatVersion(version, { build: false })
  match(
    inputs,
    'service',
    /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/,
    'a Cloud Run service name: lower-case letters, digits and hyphens',
    'api',
  )
  match(inputs, 'region', /^[a-z]+-[a-z]+\d+$/, 'a Cloud Run region such as us-west1')
  match(
    inputs,
    'project-id',
    /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
    'a Google Cloud project ID such as my-project-123',
  )
  match(
    inputs,
    'workload-identity-provider',
    /^projects\/\d+\/locations\/global\/workloadIdentityPools\/[a-z0-9-]+\/providers\/[a-z0-9-]+$/,
    'projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> (Workload Identity Federation; JSON keys are not supported)',
  )
  match(
    inputs,
    'service-account',
    /^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com$/,
    'a service account email, NAME@PROJECT.iam.gserviceaccount.com',
  )
  match(
    inputs,
    'health-path',
    /^\/[\w./~%-]*$/,
    'a path starting with /, such as /health',
    '/health',
  )
  inputs.integer('attempts', 10, { min: 1, max: 100 })
  inputs.integer('interval-seconds', 6, { min: 1, max: 300 })
  inputs.integer('wait-for-image-seconds', 60, { min: 0, max: 3600 })
  inputs.boolean('rollback', true)
  const skipPrerelease = inputs.boolean('skip-prerelease', true)
  return { image, version, expectedVersion, skipPrerelease }
}
