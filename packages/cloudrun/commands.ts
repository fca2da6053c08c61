/**
 * deploy-demo's Cloud Run bookkeeping, one command at a time: record the revision serving now,
 * locate the revision and URL of the new (tagged, traffic-free) one, promote it to all traffic, or
 * roll back to the recorded one.
 */
import { PreconditionError } from '../errors/index.ts'
import { servingRevision, taggedTarget, type CloudRunTarget, type Gcloud } from './index.ts'

export type CloudRunCommand =
  | { command: 'record'; target: CloudRunTarget }
  | { command: 'locate'; target: CloudRunTarget; tag: string }
  | { command: 'promote'; target: CloudRunTarget; revision: string }
  | { command: 'rollback'; target: CloudRunTarget; revision: string | undefined }

export type CloudRunOutcome =
  | { command: 'record'; target: CloudRunTarget; previous: string }
  | { command: 'locate'; target: CloudRunTarget; revision: string; url: string }
  | { command: 'promote'; target: CloudRunTarget; revision: string; url: string }
  | { command: 'rollback'; target: CloudRunTarget; rolledBackTo: string | undefined }

/** A revision name as Cloud Run writes it. */
export const REVISION_NAME = /^[a-z][-a-z0-9]{0,62}$/

export async function runCloudRunCommand(
  cmd: CloudRunCommand,
  gcloud: Gcloud,
): Promise<CloudRunOutcome> {
  const t = cmd.target
  switch (cmd.command) {
    case 'record':
      return {
        command: 'record',
        target: t,
        previous: servingRevision(await gcloud.describe(t)) ?? '',
      }
    case 'locate': {
      const state = await gcloud.describe(t)
      const found = taggedTarget(state, cmd.tag)
      if (!found?.revisionName || !found.url)
        throw new PreconditionError(
          `No revision of ${t.service} carries the tag ${cmd.tag}: the deploy did not create a tagged revision.`,
        )
      return { command: 'locate', target: t, revision: found.revisionName, url: found.url }
    }
    case 'promote': {
      await gcloud.routeAllTraffic(t, cmd.revision)
      const state = await gcloud.describe(t)
      return { command: 'promote', target: t, revision: cmd.revision, url: state?.url ?? '' }
    }
    case 'rollback':
      if (cmd.revision !== undefined) await gcloud.routeAllTraffic(t, cmd.revision)
      return { command: 'rollback', target: t, rolledBackTo: cmd.revision }
  }
}
