/**
 * The import rules of eslint.config.js fire where they should: processes are started only
 * through packages/process (child_process under either spelling, statically or dynamically), and
 * domain packages never import @actions/core — both rules hold together in packages/, where a
 * later flat-config block would otherwise replace the earlier one. Each case lints a snippet as
 * if it were a real file of the tree (the type-aware config needs a file of the project).
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/cli.ts'

let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') })
})

/** The messages of the import rules for `code` linted as the file `file`. */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter(m => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map(m => `${m.ruleId}: ${m.message}`)
}

const SPAWN = {
  'node:child_process': "import { spawn } from 'node:child_process'\nexport const run = spawn\n",
  child_process: "import { spawn } from 'child_process'\nexport const run = spawn\n",
  're-export': "export { spawn } from 'node:child_process'\n",
  'dynamic import':
    "export const run = async () => (await import('node:child_process')).spawn('git', [])\n",
}

/** Production code outside packages/process, among it the code that used to spawn on its own. */
const PRODUCTION = [
  'packages/versioning/index.ts',
  'packages/runtime/index.ts',
  'packages/gates/command.ts',
  'packages/gates/run.ts',
  'packages/git/index.ts',
  'packages/glob/index.ts',
  'packages/bump/apply.ts',
  'actions/compute-version/main.ts',
  'cli/index.ts',
  'cli/commands/bump.ts',
]

describe('child_process only in packages/process', () => {
  for (const file of PRODUCTION)
    it.each(Object.entries(SPAWN))(`${file}: %s is refused`, async (_, code) => {
      const messages = await restricted(file, code)
      expect(messages).toHaveLength(1)
      expect(messages[0]).toMatch(/Processes only through packages\/process/)
    })

  /**
   * packages/process is the one place in production code; tests and their peers, the build and
   * release scripts and the benchmarks run tools of the machine and are not shipped.
   */
  it.each([
    'packages/process/index.ts',
    'test/peers/registry.ts',
    'test/peers/workflow/runner.ts',
    'scripts/build.ts',
    'bench/lib.ts',
  ])('%s may spawn', async file => {
    for (const code of Object.values(SPAWN)) expect(await restricted(file, code)).toEqual([])
  })
})

describe('@actions/core only in packages/runtime and actions/', () => {
  const CORE = "import * as core from '@actions/core'\nexport const info = core.info\n"

  it.each([
    'packages/versioning/index.ts',
    'packages/process/index.ts',
    'packages/gates/command.ts',
  ])('%s may not import it, and the child_process rule still holds there', async file => {
    const messages = await restricted(file, CORE)
    expect(messages).toEqual([expect.stringMatching(/Domain code never imports @actions\/core/)])
    if (file === 'packages/versioning/index.ts')
      expect(await restricted(file, SPAWN['node:child_process'])).toHaveLength(1)
  })

  it.each(['packages/runtime/index.ts', 'actions/compute-version/main.ts'])(
    '%s may import it',
    async file => {
      expect(await restricted(file, CORE)).toEqual([])
    },
  )
})
