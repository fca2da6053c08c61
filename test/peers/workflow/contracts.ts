/**
 * What each pinned third-party action declares in its action.yml at the pinned commit (inputs with
 * their defaults, outputs, runs.using), read from the fixture test/fixtures/pinned-action-contracts.json.
 * The runner refuses a `uses:` of a commit that is not in it, warns about inputs the action does
 * not declare, and lets a stand-in set only declared outputs.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Contract {
  name: string
  sha: string
  version: string
  source: string
  using: string
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: string[]
}

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/pinned-action-contracts.json',
)

let loaded: Map<string, Contract> | undefined

export function contracts(): Map<string, Contract> {
  if (loaded) return loaded
  const doc = JSON.parse(readFileSync(fixture, 'utf8')) as {
    actions: Record<string, Omit<Contract, 'name' | 'sha'>>
  }
  loaded = new Map()
  for (const [key, c] of Object.entries(doc.actions)) {
    const [name = '', sha = ''] = key.split('@')
    loaded.set(key, { ...c, name, sha })
  }
  return loaded
}

/** The contract of `name` at `ref` (a full commit sha), if the fixture has it. */
export function contractFor(name: string, ref: string): Contract | undefined {
  return contracts().get(`${name}@${ref}`)
}
