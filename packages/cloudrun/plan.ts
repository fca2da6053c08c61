/**
 * The deploy plan of the demo: whether a version deploys at all (pre-releases are skipped by
 * default), the version the new revision must then report, and the traffic tag of its revision.
 */
import { formatVersion, isPrerelease, type Version } from '../versioning/index.ts'
import { revisionTag } from './index.ts'

export interface DeployPlanOptions {
  /** The image as registries want it (lower-cased, see readImageName): what the later steps use. */
  image: string
  version: Version
  /** What the new revision must report, as it reports it (REPORTED_VERSION). */
  expectedVersion: string
  skipPrerelease: boolean
}

export interface DeployPlan {
  image: string
  skip: boolean
  reason: string
  expectedVersion: string
  tag: string
}

export function planDeploy(opts: DeployPlanOptions): DeployPlan {
  const { image, version, expectedVersion } = opts
  if (isPrerelease(version) && opts.skipPrerelease) {
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
