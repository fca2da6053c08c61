/**
 * cloud-run's inputs: the command and the service, and what the command needs (the traffic tag,
 * the revision), all validated before gcloud runs.
 */
import type { CloudRunTarget } from '../../../../packages/cloudrun/index.ts'
import { REVISION_NAME, type CloudRunCommand } from '../../../../packages/cloudrun/commands.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import { type Inputs } from '../../../../packages/inputs/index.ts'

export type CloudRunInputs = CloudRunCommand

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

function revisionName(value: string): string {
  if (!REVISION_NAME.test(value))
    throw new InputError('revision', `expected a revision name, got ${showValue(value)}`)
  return value
}

export function readInputs(inputs: Inputs): CloudRunInputs {
  const command = inputs.choice(
    'command',
    ['record', 'locate', 'promote', 'rollback'] as const,
    'record',
  )
  const t = target(inputs)
  switch (command) {
    case 'record':
      return { command, target: t }
    case 'locate':
      return {
        command,
        target: t,
        tag: inputs.required('tag', 'the traffic tag of the new revision'),
      }
    case 'promote':
      return {
        command,
        target: t,
        revision: revisionName(inputs.required('revision', 'the revision to send all traffic to')),
      }
    case 'rollback': {
      const previous = inputs.optional('revision')
      return {
        command,
        target: t,
        revision: previous === undefined ? undefined : revisionName(previous),
      }
    }
  }
}
