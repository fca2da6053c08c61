/**
 * The layers of the tree hold: no action imports another action's files (a JS step of a composite,
 * actions/<composite>/steps/<step>/, is an action of its own), and the CLI reaches an action only
 * through its inputs.ts (never main.ts, outputs.ts or index.ts: the use cases are in packages/).
 * The import specifiers are read with a regex over the sources (static, dynamic, re-exports).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../helpers/cli.ts'

interface Source {
  /** Relative to the repository, with `/`. */
  file: string
  text: string
}

const STATIC_IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** Every relative module specifier of a source. */
function importSpecifiers(text: string): string[] {
  const found: string[] = []
  for (const re of [STATIC_IMPORT, DYNAMIC_IMPORT])
    for (const m of text.matchAll(re)) if (m[1]?.startsWith('.')) found.push(m[1])
  return found
}

/** The action a file belongs to (actions/<name> or actions/<composite>/steps/<step>), or 'cli'. */
function unitOf(file: string): string | undefined {
  const parts = file.split('/')
  if (parts[0] === 'cli') return 'cli'
  if (parts[0] !== 'actions' || parts.length < 3) return undefined
  if (parts[2] === 'steps' && parts.length >= 5) return parts.slice(0, 4).join('/')
  return parts.slice(0, 2).join('/')
}

/** Every import that crosses a layer it may not cross, as `file → target: why`. */
function layerViolations(sources: readonly Source[]): string[] {
  const problems: string[] = []
  for (const { file, text } of sources) {
    const from = unitOf(file)
    if (from === undefined) continue
    for (const specifier of importSpecifiers(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      const to = unitOf(target)
      if (to === undefined || to === 'cli' || to === from) continue
      if (from === 'cli') {
        if (target !== `${to}/inputs.ts`)
          problems.push(
            `${file} → ${target}: the CLI imports an action's inputs.ts only (use cases are in packages/)`,
          )
      } else problems.push(`${file} → ${target}: an action imports another action's files`)
    }
  }
  return problems
}

function sourcesUnder(dir: string): Source[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ts'))
    .map(f => {
      const file = `${dir}/${f.split(path.sep).join('/')}`
      return { file, text: readFileSync(path.join(root, file), 'utf8') }
    })
}

describe('layers', () => {
  it('no action imports another action, and the CLI imports only inputs.ts of an action', () => {
    const sources = [...sourcesUnder('actions'), ...sourcesUnder('cli')]
    expect(sources.length).toBeGreaterThan(40)
    expect(layerViolations(sources)).toEqual([])
  })

  it('every action is index.ts (the entry), inputs.ts, main.ts and outputs.ts', () => {
    const entries = sourcesUnder('actions').filter(s => s.file.endsWith('/index.ts'))
    expect(entries.length).toBeGreaterThan(10)
    const missing = entries.flatMap(({ file }) => {
      const dir = path.posix.dirname(file)
      return ['inputs.ts', 'main.ts', 'outputs.ts']
        .filter(f => !sourcesUnder(dir).some(s => s.file === `${dir}/${f}`))
        .map(f => `${dir}/${f}`)
    })
    expect(missing).toEqual([])
  })

  it('finds each kind of crossing, static, dynamic and re-exported', () => {
    const sources: Source[] = [
      {
        file: 'cli/commands/a.ts',
        text: [
          "import { main } from '../../actions/x/main.ts'",
          "import type { R } from '../../actions/x/outputs.ts'",
          "export { y } from '../../actions/x/index.ts'",
          "const s = await import('../../actions/c/steps/s/main.ts')",
          "import { readInputs } from '../../actions/x/inputs.ts'",
          "import { readInputs as r } from '../../actions/c/steps/s/inputs.ts'",
          "import {\n  a,\n  b,\n} from '../../packages/p/index.ts'",
          "import { c } from '../args.ts'",
        ].join('\n'),
      },
      {
        file: 'actions/c/steps/s/inputs.ts',
        text: [
          "import { f } from '../t/inputs.ts'",
          "import { g } from './outputs.ts'",
          "import { h } from '../../../../packages/p/index.ts'",
        ].join('\n'),
      },
      {
        file: 'actions/x/inputs.ts',
        text: "import {\n  readList,\n} from '../y/inputs.ts'\nimport { o } from './outputs.ts'\n",
      },
    ]
    expect(layerViolations(sources)).toEqual([
      "cli/commands/a.ts → actions/x/main.ts: the CLI imports an action's inputs.ts only (use cases are in packages/)",
      "cli/commands/a.ts → actions/x/outputs.ts: the CLI imports an action's inputs.ts only (use cases are in packages/)",
      "cli/commands/a.ts → actions/x/index.ts: the CLI imports an action's inputs.ts only (use cases are in packages/)",
      "cli/commands/a.ts → actions/c/steps/s/main.ts: the CLI imports an action's inputs.ts only (use cases are in packages/)",
      "actions/c/steps/s/inputs.ts → actions/c/steps/t/inputs.ts: an action imports another action's files",
      "actions/x/inputs.ts → actions/y/inputs.ts: an action imports another action's files",
    ])
  })
})
