/**
 * deploy-demo's Cloud Run bookkeeping, one command per step: record the revision serving now,
 * locate the revision and URL of the new (tagged, traffic-free) one, promote it to all traffic, or
 * roll back to the recorded one.
 */
import {
  Gcloud,
  servingRevision,
  taggedTarget,
  type CloudRunTarget,
} from '../../../../packages/cloudrun/index.ts'
import { type Inputs } from '../../../../packages/inputs/index.ts'
import { InputError, PreconditionError, showValue } from '../../../../packages/errors/index.ts'
import type { ActionMain, ActionResult } from '../../../../packages/runtime/index.ts'

function target(inputs: Inputs): CloudRunTarget {
  const read = (name: string, re: RegExp, expected: string) => {
    const v = inputs.required(name, expected)
    if (!re.test(v)) throw new InputError(name, `expected ${expected}, got ${showValue(v)}`)
    return v
  }
  return {
    service: read('service', /^[a-z]([-a-z0-9]{0,47}[a-z0-9])?$/, 'a Cloud Run service name'),
    region: read('region', /^[a-z]+-[a-z]+\d+$/, 'a region such as us-west1'),
    project: read('project-id', /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'a project ID'),
  }
}

const REVISION = /^[a-z][-a-z0-9]{0,62}$/

export async function cloudRun(inputs: Inputs, gcloud: Gcloud): Promise<ActionResult> {
  const command = inputs.choice(
    'command',
    ['record', 'locate', 'promote', 'rollback'] as const,
    'record',
  )
  const t = target(inputs)
  switch (command) {
    case 'record': {
      const previous = servingRevision(await gcloud.describe(t)) ?? ''
      return {
        outputs: { 'previous-revision': previous },
        summary: `Serving before the deploy: ${previous || 'nothing (a new service)'}.\n`,
      }
    }
    case 'locate': {
      const tag = inputs.required('tag', 'the traffic tag of the new revision')
      const state = await gcloud.describe(t)
      const found = taggedTarget(state, tag)
      if (!found?.revisionName || !found.url)
        throw new PreconditionError(
          `No revision of ${t.service} carries the tag ${tag}: the deploy did not create a tagged revision.`,
        )
      return { outputs: { revision: found.revisionName, url: found.url } }
    }
    case 'promote': {
      const revision = inputs.required('revision', 'the revision to send all traffic to')
      if (!REVISION.test(revision))
        throw new InputError('revision', `expected a revision name, got ${showValue(revision)}`)
      await gcloud.routeAllTraffic(t, revision)
      const state = await gcloud.describe(t)
      return {
        outputs: { url: state?.url ?? '' },
        summary: `All traffic of ${t.service} now goes to ${revision}.\n`,
      }
    }
    case 'rollback': {
      const previous = inputs.optional('revision')
      if (previous === undefined)
        return {
          outputs: { 'rolled-back-to': '' },
          summary: 'Nothing served before this deploy: no revision to roll back to.\n',
        }
      if (!REVISION.test(previous))
        throw new InputError('revision', `expected a revision name, got ${showValue(previous)}`)
      await gcloud.routeAllTraffic(t, previous)
      return {
        outputs: { 'rolled-back-to': previous },
        summary: `Rolled back: all traffic of ${t.service} stays on ${previous}.\n`,
      }
    }
  }
}

export const main: ActionMain = ({ inputs, env }) => cloudRun(inputs, new Gcloud({ env }))
