/**
 * release-actions: the maintainer's side of the suite, running the same packages as the actions.
 * Only the command that runs is loaded (each is a dynamic import, a chunk of its own in the
 * bundle): `--help` and usage errors are answered from cli/usage.ts alone.
 */
import pkg from '../package.json' with { type: 'json' }
import { consoleLogger, type Logger } from '../packages/log/index.ts'
import { parse, type Parsed } from './args.ts'
import { reportError } from './errors.ts'
import { specs, type CommandName } from './usage.ts'

export type Run = (args: Parsed, logger: Logger) => Promise<number>

/** Each command's code, loaded when it runs. */
const commands: Record<CommandName, () => Promise<Run>> = {
  bump: async () => (await import('./commands/bump.ts')).bump,
  changelog: async () => (await import('./commands/changelog.ts')).changelog,
  chart: async () => (await import('./commands/chart.ts')).chart,
  gates: async () => (await import('./commands/gates.ts')).gates,
  init: async () => (await import('./commands/init.ts')).init,
  checksums: async () => (await import('./commands/attest.ts')).checksums,
  notices: async () => (await import('./commands/attest.ts')).notices,
  provenance: async () => (await import('./commands/attest.ts')).provenance,
  'wait-for-image': async () => (await import('./commands/deploy.ts')).wait,
  'smoke-check': async () => (await import('./commands/deploy.ts')).smoke,
  pins: async () => (await import('./commands/pins.ts')).pins,
  supersede: async () => (await import('./commands/supersede.ts')).supersede,
  tags: async () => (await import('./commands/tags.ts')).tags,
  version: async () => (await import('./commands/version.ts')).version,
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(specs, name)
}

function help(): string {
  return [
    'Usage: release-actions <command> [options]',
    '',
    ...Object.values(specs).map(c => c.usage),
    '',
    'release-actions --version prints the version of this CLI.',
    'Exit codes: 0 success, 1 failure, 2 usage error.',
  ].join('\n')
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`)
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${pkg.version}\n`)
    return 0
  }
  if (!isCommand(name)) {
    process.stderr.write(`error: unknown command '${name}'\n\n${help()}\n`)
    return 2
  }
  const spec = specs[name]
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${spec.usage}\n`)
    return 0
  }
  const logger = consoleLogger({ verbose: process.env.RUNNER_DEBUG === '1' })
  try {
    const args = parse(rest, spec.flags, spec.positionals)
    const run = await commands[name]()
    return await run(args, logger)
  } catch (error) {
    return reportError(error, spec.usage)
  }
}
