/**
 * deploy-plan's outputs (the names of its action.yml) and step summary.
 */
import type { DeployPlan } from '../../../../packages/cloudrun/plan.ts'

export function planOutputs(plan: DeployPlan): Record<string, string> {
  return {
    image: plan.image,
    skip: String(plan.skip),
    'expected-version': plan.expectedVersion,
    tag: plan.tag,
    reason: plan.reason,
  }
}

/** A summary only when the deploy is skipped (the later steps summarize a deploy). */
export function summarize(plan: DeployPlan): string | undefined {
  return plan.skip ? `### deploy-demo: skipped\n\n${plan.reason}\n` : undefined
}
