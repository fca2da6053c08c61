/**
 * GITHUB_TOKEN permissions as GitHub resolves them: `permissions:` of the job, else of the
 * workflow, else the repository default (restricted: contents and packages read); `read-all`,
 * `write-all`, `{}`; and for a reusable workflow, the permissions of the calling job are the most
 * its jobs may have ("can only be downgraded, not elevated"): asking for more fails the run.
 */
import type { Json } from './expressions.ts'
import type { Permissions } from './stand-in.ts'

export const SCOPES = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const

const RANK = { none: 0, read: 1, write: 2 } as const
type Level = keyof typeof RANK

export const RESTRICTED_DEFAULT: Permissions = { contents: 'read', packages: 'read' }

function all(level: Level): Permissions {
  return Object.fromEntries(
    SCOPES.map(s => [s, s === 'id-token' && level === 'read' ? 'none' : level]),
  )
}

/** A `permissions:` value as written; undefined when the key is absent. */
export function parsePermissions(value: Json | undefined): Permissions | undefined {
  if (value === undefined) return undefined
  if (value === 'read-all') return all('read')
  if (value === 'write-all') return all('write')
  if (
    value === null ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  )
    return {}
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`Unexpected permissions value ${JSON.stringify(value)}`)
  const out: Permissions = {}
  for (const [scope, level] of Object.entries(value)) {
    if (!(SCOPES as readonly string[]).includes(scope))
      throw new Error(`Unexpected permission scope '${scope}'`)
    if (level !== 'read' && level !== 'write' && level !== 'none')
      throw new Error(`Unexpected permission level ${JSON.stringify(level)} for ${scope}`)
    out[scope] = level
  }
  return out
}

export function level(p: Permissions, scope: string): Level {
  return p[scope] ?? 'none'
}

/** The scopes `asked` grants beyond `ceiling`, as GitHub names them in its error. */
export function excess(
  asked: Permissions,
  ceiling: Permissions,
): { scope: string; asked: Level; allowed: Level }[] {
  const out: { scope: string; asked: Level; allowed: Level }[] = []
  for (const scope of SCOPES) {
    const a = level(asked, scope)
    const c = level(ceiling, scope)
    if (RANK[a] > RANK[c]) out.push({ scope, asked: a, allowed: c })
  }
  return out
}

export function describe(p: Permissions): string {
  const parts = SCOPES.filter(s => level(p, s) !== 'none').map(s => `${s}: ${level(p, s)}`)
  return parts.length ? parts.join(', ') : 'none'
}
