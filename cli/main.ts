/**
 * release-actions: the maintainer's side of the suite, running the same packages as the actions.
 */
import { InputError, errorMessage } from '../packages/inputs/index.ts'
import { consoleLogger, type Logger } from '../packages/log/index.ts'
import { UsageError } from './args.ts'
import * as attestCommands from './commands/attest.ts'
import * as bumpCommand from './commands/bump.ts'
import * as changelogCommand from './commands/changelog.ts'
import * as deployCommands from './commands/deploy.ts'
import * as gatesCommand from './commands/gates.ts'
import * as pinsCommand from './commands/pins.ts'
import * as supersedeCommand from './commands/supersede.ts'
import * as tagsCommand from './commands/tags.ts'
import * as versionCommand from './commands/version.ts'

interface Command {
  usage: string
  run(argv: readonly string[], logger: Logger): Promise<number>
}

export const commands: Record<string, Command> = {
  bump: { usage: bumpCommand.usage, run: bumpCommand.bump },
  changelog: { usage: changelogCommand.usage, run: changelogCommand.changelog },
  gates: { usage: gatesCommand.usage, run: gatesCommand.gates },
  checksums: { usage: attestCommands.checksumsUsage, run: attestCommands.checksums },
  notices: { usage: attestCommands.noticesUsage, run: attestCommands.notices },
  provenance: { usage: attestCommands.provenanceUsage, run: attestCommands.provenance },
  'wait-for-image': { usage: deployCommands.waitUsage, run: deployCommands.wait },
  'smoke-check': { usage: deployCommands.smokeUsage, run: deployCommands.smoke },
  pins: { usage: pinsCommand.usage, run: pinsCommand.pins },
  supersede: { usage: supersedeCommand.usage, run: supersedeCommand.supersede },
  tags: { usage: tagsCommand.usage, run: tagsCommand.tags },
  version: { usage: versionCommand.usage, run: versionCommand.version },
}

function help(): string {
  return [
    'Usage: release-actions <command> [options]',
    '',
    ...Object.values(commands).map(c => c.usage),
    '',
    'Exit codes: 0 success, 1 failure, 2 usage error.',
  ].join('\n')
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`)
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`error: unknown command '${name}'\n\n${help()}\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`)
    return 0
  }
  const logger = consoleLogger({ verbose: process.env.RUNNER_DEBUG === '1' })
  try {
    return await command.run(rest, logger)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\nUsage: ${command.usage}\n`)
      return 2
    }
    if (error instanceof InputError) {
      process.stderr.write(`error: --${error.input}: ${error.problem}\n`)
      return 1
    }
    process.stderr.write(`error: ${errorMessage(error)}\n`)
    return 1
  }
}
