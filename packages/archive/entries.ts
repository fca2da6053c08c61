/**
 * The entries of a release archive: the files the build wrote for one platform (the artifact globs,
 * resolved inside the workspace as the checksums are), read whole, named relative to their base
 * directory with `/` (or, flattened, by their base names alone, as release files are), in byte
 * order, with only the executable bit of their mode kept.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { resolveSubjects } from '../attest/checksums.ts'
import { InputError, showValue } from '../errors/index.ts'

export interface ArchiveEntry {
  /** The path inside the archive, with `/`. */
  name: string
  data: Buffer
  executable: boolean
}

export function collectEntries(
  workspace: string,
  patterns: readonly string[],
  {
    base = workspace,
    input = 'files',
    flatten = false,
  }: { base?: string; input?: string; flatten?: boolean } = {},
): ArchiveEntry[] {
  const { subjects } = resolveSubjects(workspace, patterns, { base, input })
  const seen = new Map<string, string>()
  const entries = subjects.map(s => {
    const name = flatten ? path.posix.basename(s.name) : s.name
    const other = seen.get(name)
    if (other !== undefined)
      throw new InputError(
        input,
        `${showValue(other)} and ${showValue(s.name)} are both named ${showValue(name)} in the archive; name the files apart`,
      )
    seen.set(name, s.name)
    return {
      name,
      data: readFileSync(s.absolute),
      executable: (statSync(s.absolute).mode & 0o111) !== 0,
    }
  })
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}
