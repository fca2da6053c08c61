/**
 * The starter workflows of workflows/ as packages/init/starters.json, so that `release-actions
 * init` renders them from inside the CLI bundle (the published package holds the bundle, not
 * workflows/). Written by scripts/build.ts with the other generated files; `build --check` fails
 * when it drifts from workflows/.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const STARTERS_FILE = 'packages/init/starters.json'

/** The starters `init` writes, by their name in workflows/. */
export const STARTER_NAMES = ['on-tag.yaml', 'on-main.yaml', 'supersede.yaml'] as const

/** The JSON text of packages/init/starters.json (as Prettier formats it). */
export function renderStarters(root: string): string {
  const starters = Object.fromEntries(
    STARTER_NAMES.map(name => [name, readFileSync(path.join(root, 'workflows', name), 'utf8')]),
  )
  return `${JSON.stringify(starters, null, 2)}\n`
}
