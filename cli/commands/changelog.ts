/**
 * `release-actions changelog`: the section of a release (to stdout, a file, or upserted into the
 * changelog), or with --all every release section of the history, as git-cliff renders it.
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { once } from 'node:events'
import { Git } from '../../packages/git/index.ts'
import { Inputs } from '../../packages/inputs/index.ts'
import { InputError } from '../../packages/errors/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import {
  generateChangelog,
  parseChangelog,
  renderHistory,
  STANDARD_HEADERS,
  upsertHistory,
} from '../../packages/changelog/index.ts'
import { withFileLock, writeFileAtomic } from '../../packages/files/index.ts'
import { readInputs } from '../../actions/generate-changelog/inputs.ts'
import { flagSource, localContext, UsageError, type Parsed } from '../args.ts'

export async function changelog({ values }: Parsed, logger: Logger): Promise<number> {
  if (values.output !== undefined && values.prepend !== undefined) {
    throw new UsageError('use either --output or --prepend, not both')
  }
  if (values.all && (values.version !== undefined || values.from !== undefined)) {
    throw new UsageError('--all renders every release; it takes no --version or --from')
  }
  const { all, output, prepend, ...rest } = values
  const github = localContext(process.env)
  // The file this command writes is --prepend's; --output and stdout get the section only.
  let options: ReturnType<typeof readInputs>
  try {
    options = readInputs(
      new Inputs(flagSource({ ...rest, file: typeof prepend === 'string' ? prepend : '' })),
      github,
    )
  } catch (error) {
    // The action's `file` is this command's --prepend.
    if (error instanceof InputError && error.input === 'file')
      throw new InputError('prepend', error.problem)
    throw error
  }
  const git = new Git(options.path)

  if (all) {
    const history = {
      to: options.to ?? 'HEAD',
      prefix: options.tagPrefix,
      paths: options.paths,
      style: options.style,
      config: options.config,
      repoUrl: options.repoUrl,
    }
    const form =
      options.file && existsSync(options.file)
        ? parseChangelog(readFileSync(options.file, 'utf8')).form
        : undefined
    if (options.file) {
      const file = options.file
      // Under the file's lock, as generate-changelog: a run at the same time lands its section.
      const { before, text, releases } = await withFileLock(file, async () => {
        const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined
        const { text, releases } = await upsertHistory(
          git,
          { ...history, ...(form ? { form } : {}) },
          before,
        )
        if (text !== before) writeFileAtomic(file, text)
        return { before, text, releases }
      })
      logger.info(
        `${options.file}: ${releases} release section(s), ${text !== before ? 'written' : 'already up to date'}.`,
      )
      return 0
    }
    const out =
      typeof output === 'string' ? createWriteStream(path.resolve(output)) : process.stdout
    let buffered = STANDARD_HEADERS[options.style].replace(/## \[Unreleased\]\n\n$/, '') + '\n'
    const counts = await renderHistory(git, history, section => {
      buffered += `${section}\n`
      if (buffered.length > 1 << 16) {
        out.write(buffered)
        buffered = ''
      }
    })
    out.write(buffered)
    if (out !== process.stdout) {
      out.end()
      await once(out, 'finish')
    }
    logger.info(
      `${counts.releases} section(s), ${counts.commits} commit(s), ${counts.skipped} housekeeping commit(s) left out.`,
    )
    return 0
  }

  const result = await generateChangelog(git, options)
  logger.info(
    `${result.commits.length} commit(s) in ${result.from ?? 'the first commit'}..${result.to}.`,
  )
  if (options.file) logger.info(`${options.file}: ${result.changed ? 'updated' : 'unchanged'}`)
  else if (typeof output === 'string') writeFileAtomic(path.resolve(output), result.section)
  else process.stdout.write(result.section)
  return 0
}
