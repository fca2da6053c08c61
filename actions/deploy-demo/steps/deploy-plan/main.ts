/**
 * deploy-demo's first step: validate every input before anything touches Google Cloud, and decide
 * whether this version deploys at all (pre-releases are skipped by default).
 */
import { type Inputs } from '../../../../packages/inputs/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { revisionTag } from '../../../../packages/cloudrun/index.ts'
import { REPORTED_VERSION, REPORTED_VERSION_FORM } from '../../../../packages/smoke/index.ts'
import { readImageWithTagOrDigest } from '../wait-for-image/main.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'
import {
  formatVersion,
  isPrerelease,
  requireVersion,
} from '../../../../packages/versioning/index.ts'

export interface DeployPlan {
  /** The image as registries want it (lower-cased, see readImageName): what the later steps use. */
  image: string
  skip: boolean
  reason: string
  expectedVersion: string
  tag: string
}

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

export function planDeploy(inputs: Inputs): DeployPlan {
  const { image } = readImageWithTagOrDigest(
    inputs,
    'image',
    'the image to deploy, with a tag or digest, such as us-docker.pkg.dev/project/repo/app@sha256:…',
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
  if (isPrerelease(version) && skipPrerelease) {
    return {
      image,
      skip: true,
      reason: `v${formatVersion(version)} is a pre-release: the demo stays on the latest stable release (skip-prerelease: true).`,
      expectedVersion,
      tag: revisionTag(formatVersion(version)),
    }
  }
  return {
    image,
    skip: false,
    reason: `Deploying v${formatVersion(version)}; the demo must then report ${expectedVersion}.`,
    expectedVersion,
    tag: revisionTag(formatVersion(version, { build: false })),
  }
}

export const main: ActionMain = ({ inputs, logger }) => {
  const plan = planDeploy(inputs)
  if (plan.skip) logger.notice(plan.reason)
  else logger.info(plan.reason)
  return Promise.resolve({
    outputs: {
      image: plan.image,
      skip: String(plan.skip),
      'expected-version': plan.expectedVersion,
      tag: plan.tag,
      reason: plan.reason,
    },
    ...(plan.skip ? { summary: `### deploy-demo: skipped\n\n${plan.reason}\n` } : {}),
  })
}
