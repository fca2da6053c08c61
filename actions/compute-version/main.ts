import { Git } from '../../packages/git/index.ts'
import { code, escapeInline, table } from '../../packages/markdown/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import {
  computeVersion,
  decisionOutputs,
  type VersionDecision,
} from '../../packages/versioning/index.ts'
import { readInputs } from './inputs.ts'

export function summarize(d: VersionDecision): string {
  const yes = (b: boolean) => (b ? 'yes' : 'no')
  const rows = [
    ['Version', code(d.version)],
    ['Tag', `${code(d.tag)}${d.exists ? ' (exists)' : ' (new)'}`],
    ['Bump', d.bump],
    ['Commit', code(d.sha.slice(0, 12))],
    ['Pre-release', yes(d.isPrerelease)],
    ['Latest', yes(d.isLatest)],
    ['Previous tag', d.previousTag ? code(d.previousTag) : '—'],
    ['Previous stable tag', d.previousStableTag ? code(d.previousStableTag) : '—'],
  ]
  return [
    `### compute-version: ${code(d.tag)}`,
    '',
    table(['', ''], rows),
    '',
    ...d.reasons.map(r => `- ${escapeInline(r)}`),
    '',
  ].join('\n')
}

export const main: ActionMain = async ({ inputs, github, logger }) => {
  const options = readInputs(inputs, github)
  const decision = await computeVersion(new Git(options.path), options)
  for (const reason of decision.reasons) logger.info(reason)
  for (const warning of decision.warnings ?? []) logger.warning(warning)
  logger.info(
    `version=${decision.version} tag=${decision.tag} sha=${decision.sha} bump=${decision.bump}`,
  )
  return { outputs: decisionOutputs(decision), summary: summarize(decision) }
}
