/**
 * cloud-run's outputs (the names of its action.yml) and step summary, per command.
 */
import type { CloudRunOutcome } from '../../../../packages/cloudrun/commands.ts'

export function cloudRunOutputs(o: CloudRunOutcome): Record<string, string> {
  switch (o.command) {
    case 'record':
      return { 'previous-revision': o.previous }
    case 'locate':
      return { revision: o.revision, url: o.url }
    case 'promote':
      return { url: o.url }
    case 'rollback':
      return { 'rolled-back-to': o.rolledBackTo ?? '' }
  }
}

export function summarize(o: CloudRunOutcome): string | undefined {
  switch (o.command) {
    case 'record':
      return `Serving before the deploy: ${o.previous || 'nothing (a new service)'}.\n`
    case 'locate':
      return undefined
    case 'promote':
      return `All traffic of ${o.target.service} now goes to ${o.revision}.\n`
    case 'rollback':
      return o.rolledBackTo === undefined
        ? 'Nothing served before this deploy: no revision to roll back to.\n'
        : `Rolled back: all traffic of ${o.target.service} stays on ${o.rolledBackTo}.\n`
  }
}
