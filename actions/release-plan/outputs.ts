/**
 * release-plan's outputs (the names of its action.yml) and step summary.
 */
import { code, table } from '../../packages/markdown/index.ts'
import type { ReleasePlan } from '../../packages/release/release-plan.ts'

/** The images output: one entry per image, in the workflow's (kebab-case) vocabulary. */
function imageEntries(plan: ReleasePlan) {
  return plan.images.map(i => ({
    name: i.name,
    dockerfile: i.dockerfile,
    context: i.context,
    platforms: i.platforms,
    'build-args': i.buildArgs,
    target: i.target,
    key: i.key,
  }))
}

export function planOutputs(plan: ReleasePlan): Record<string, string> {
  return {
    sha: plan.tag.commit,
    images: JSON.stringify(imageEntries(plan)),
    'image-names': plan.images.map(i => i.name).join('\n'),
    files: plan.files,
    'files-from': plan.filesFrom,
    'deploy-image': plan.deployImage,
    'deploy-source': plan.deploySource,
  }
}

export function summarize(plan: ReleasePlan): string {
  const images = imageEntries(plan)
  return [
    `### Release plan: ${code(plan.tag.name)}`,
    '',
    images.length
      ? table(
          ['Image', 'Dockerfile', 'Context', 'Platforms', 'Target'],
          images.map(i => [
            code(i.name),
            code(i.dockerfile || `${i.context}/Dockerfile`),
            code(i.context),
            i.platforms,
            i.target || '—',
          ]),
        )
      : 'No images.',
    '',
    plan.files === 'build'
      ? 'Release files: built by build-command.'
      : plan.files === 'reuse'
        ? `Release files: the ${plan.reused.length} published with ${code(plan.filesFrom)} on the same commit (not rebuilt).`
        : 'No release files.',
    '',
  ].join('\n')
}
