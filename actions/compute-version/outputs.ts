/**
 * compute-version's outputs: the decision under the output names of compute-version/action.yml,
 * and the step summary. The values come from the domain (decisionText); the names are the action's.
 */
import { code, escapeInline, table } from '../../packages/markdown/index.ts'
import {
  decisionText,
  type DecisionText,
  type VersionDecision,
} from '../../packages/versioning/index.ts'

/** The output of each field of the decision, in the order action.yml lists them. */
const OUTPUT_NAMES: Readonly<Record<keyof DecisionText, string>> = {
  version: 'version',
  tag: 'tag',
  major: 'major',
  minor: 'minor',
  patch: 'patch',
  prerelease: 'prerelease',
  build: 'build',
  isPrerelease: 'is-prerelease',
  isStable: 'is-stable',
  isLatest: 'is-latest',
  isMajorZero: 'is-major-zero',
  previousTag: 'previous-tag',
  previousStableTag: 'previous-stable-tag',
  sha: 'sha',
  bump: 'bump',
  exists: 'exists',
}

/** The decision as action outputs (kebab-case names, strings). */
export function decisionOutputs(d: VersionDecision): Record<string, string> {
  const text = decisionText(d)
  const out: Record<string, string> = {}
  for (const [field, name] of Object.entries(OUTPUT_NAMES))
    out[name] = text[field as keyof DecisionText]
  return out
}

/** The step summary: the decision in a table, and why. */
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
