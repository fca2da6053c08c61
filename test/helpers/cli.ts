/**
 * Run the CLI or an action the way users and the runner do: as a separate Node 24 process. The
 * integration tests run the sources (Node 24 strips the types), so a source edit is tested without
 * a build; test/bundle runs the committed bundles in dist/ (`bundle: true`), as the runner does.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { exec } from '../../packages/process/index.ts'
import { envVarName } from '../../packages/inputs/index.ts'
import { tempDir } from './tmp.ts'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Run the CLI from source (Node 24 strips the types) or from its bundle. */
export async function runCli(
  args: readonly string[],
  { cwd, env = {}, bundle = false }: { cwd: string; env?: NodeJS.ProcessEnv; bundle?: boolean },
): Promise<RunResult> {
  const entry = bundle ? path.join(root, 'dist/cli/index.js') : path.join(root, 'cli/index.ts')
  return exec(process.execPath, [entry, ...args], {
    cwd,
    env: { ...process.env, ...env },
    okCodes: [0, 1, 2],
  })
}

export interface ActionRun extends RunResult {
  outputs: Record<string, string>
  outputFile: string
  summary: string
}

/** Parse a GITHUB_OUTPUT file (`name<<delimiter` heredocs and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

/**
 * The source entry of the JavaScript action or composite step that is bundled as dist/<name>:
 * actions/<name>/index.ts, or actions/<composite>/steps/<name>/index.ts.
 */
export function actionSource(name: string): string {
  const actions = path.join(root, 'actions')
  const own = path.join(actions, name, 'index.ts')
  if (existsSync(own)) return own
  for (const composite of readdirSync(actions)) {
    const step = path.join(actions, composite, 'steps', name, 'index.ts')
    if (existsSync(step)) return step
  }
  throw new Error(`no action or composite step named ${name} under actions/`)
}

/**
 * Run an action as the runner does, with `INPUT_*` variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and the GITHUB_* context: from its source, or with `bundle: true`
 * the committed bundle `node dist/<name>/index.js`.
 */
export async function runAction(
  name: string,
  inputs: Record<string, string>,
  { cwd, env = {}, bundle = false }: { cwd: string; env?: NodeJS.ProcessEnv; bundle?: boolean },
): Promise<ActionRun> {
  const entry = bundle ? path.join(root, 'dist', name, 'index.js') : actionSource(name)
  const dir = tempDir('ra-runner-')
  const outputFile = path.join(dir, 'output')
  const summaryFile = path.join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(inputs)) inputEnv[envVarName(k)] = v
  const result = await exec(process.execPath, [entry], {
    cwd,
    env: {
      ...process.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      RUNNER_TEMP: dir,
      ...inputEnv,
      ...env,
    },
    okCodes: [0, 1],
  })
  const raw = readFileSync(outputFile, 'utf8')
  return {
    ...result,
    outputFile: raw,
    outputs: parseOutputFile(raw),
    summary: readFileSync(summaryFile, 'utf8'),
  }
}
