/**
 * A reader that closes the pipe early (`release-actions changelog --all | head -1`) ends the command
 * quietly with status 0: no EPIPE stack trace, and no work after the reader has gone.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/cli.ts'
import { conventionalHistory, fastImport } from '../peers/history.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs } from '../helpers/tmp.ts'

let repo: TestRepo
beforeAll(async () => {
  repo = await TestRepo.create()
  // Far more than a pipe holds (64 KiB): the command is still writing when the reader leaves.
  await fastImport(repo.dir, conventionalHistory({ commits: 6000, tags: 60 }))
})
afterAll(cleanupTempDirs)

/** Run the CLI with stdout on a pipe that this side closes after the first chunk, as `head` does. */
function runClosingAfterFirstChunk(
  entry: string,
  args: readonly string[],
): Promise<{ code: number | null; signal: string | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: repo.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let first = ''
    let stderr = ''
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString()
      child.stdout.destroy()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, first, stderr }))
  })
}

describe('a closed stdout', () => {
  it.each([
    ['the bundle', path.join(root, 'dist/cli/index.js')],
    ['the source', path.join(root, 'cli/index.ts')],
  ])('ends changelog --all quietly with status 0 (%s)', async (_name, entry) => {
    const r = await runClosingAfterFirstChunk(entry, ['changelog', '--all'])
    expect(r.first.startsWith('# Changelog')).toBe(true)
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /)
    expect(r).toMatchObject({ code: 0, signal: null })
  })

  it('still writes the whole history when the reader keeps reading', async () => {
    const child = spawn(process.execPath, [path.join(root, 'cli/index.ts'), 'changelog', '--all'], {
      cwd: repo.dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const code = await new Promise(resolve => child.on('close', resolve))
    expect(code).toBe(0)
    expect(out.length).toBeGreaterThan(1 << 17)
    expect(out.match(/^## \[/gm)?.length).toBe(60)
  })
})
