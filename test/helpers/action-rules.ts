/**
 * Checks that actionlint does not make inside composite actions (and that workflows need too):
 * every third-party `uses:` pinned to a full commit sha with a `# vX.Y.Z` comment, no `${{ }}`
 * inside a `run:` script, a shell on every composite run step.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  shell?: string
  if?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

export function loadYaml<T = Record<string, unknown>>(file: string): { doc: T; text: string } {
  const text = readFileSync(file, 'utf8')
  return { doc: parse(text) as T, text }
}

/** This suite's own repository: its `uses:` name the tag being released (self-references). */
export const SELF = 'release-actions/release-actions'

/** The paths of this suite's actions that the steps use (`SELF/<path>@<ref>`), in order. */
export function selfActions(steps: readonly Step[]): string[] {
  return steps
    .filter(s => s.uses?.startsWith(`${SELF}/`))
    .map(s => (s.uses ?? '').slice(SELF.length + 1).split('@')[0] ?? '')
}

/**
 * `uses:` lines of the raw text that are not pinned to a full sha with a version comment; `self`
 * names a repository whose references are exempt (they are pinned to the released tag by bump).
 */
export function unpinnedUses(text: string, self?: string): string[] {
  const bad: string[] = []
  for (const [i, line] of text.split('\n').entries()) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line)
    if (!m) continue
    const ref = m[1] ?? ''
    if (ref.startsWith('./') || ref.startsWith('docker://')) continue
    if (self && ref.startsWith(`${self}/`)) continue
    const pinned = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/.test(ref)
    const comment = /^\s+#\s*v\d+(\.\d+){0,2}\b/.test(m[2] ?? '')
    if (!pinned || !comment) bad.push(`line ${i + 1}: ${line.trim()}`)
  }
  return bad
}

/** Steps whose `run:` contains a `${{ }}` expression (pass values through env: instead). */
export function expressionsInRun(steps: readonly Step[]): string[] {
  return steps
    .filter(s => typeof s.run === 'string' && s.run.includes('${{'))
    .map(s => s.name ?? s.id ?? s.run ?? '')
}

export function stepsOf(action: { runs?: { steps?: Step[] } }): Step[] {
  return action.runs?.steps ?? []
}

/**
 * `uses:` references that are not one of the verified pins in test/fixtures/pinned-actions.txt
 * (a sha that differs from the release it claims, or an action nobody reviewed).
 */
export function pinsNotVerified(text: string, fixture: string): string[] {
  const known = new Set(
    readFileSync(fixture, 'utf8')
      .split('\n')
      .filter(l => l.trim() && !l.startsWith('#'))
      .map(l => l.replace(/\s+/g, ' ').trim()),
  )
  const bad: string[] = []
  for (const line of text.split('\n')) {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)\s+(#\s*\S+)/.exec(line)
    if (!m || m[1]?.startsWith('./')) continue
    const pin = `${m[1]} ${(m[2] ?? '').replace(/#\s*/, '# ')}`
    if (!known.has(pin)) bad.push(pin)
  }
  return bad
}
