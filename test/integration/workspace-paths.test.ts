/**
 * "Inside the workspace", the one rule (packages/files/paths.ts): real paths, symlinks to files and
 * to directories resolved; and the glob package's file list, which leaves out what leads outside.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { escapingLink, isInside } from '../../packages/files/index.ts'
import { listFiles } from '../../packages/glob/index.ts'
import { resolveWorkspacePath } from '../../packages/inputs/index.ts'
import { TestRepo } from '../peers/repo.ts'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.ts'

afterAll(cleanupTempDirs)

function layout(root: string): string {
  const outside = tempDir('ra-outside-')
  writeFileSync(path.join(outside, 'secret.key'), 'private')
  mkdirSync(path.join(root, 'src'), { recursive: true })
  writeFileSync(path.join(root, 'src/a.ts'), 'a')
  symlinkSync(outside, path.join(root, 'src/ext'))
  symlinkSync(path.join(outside, 'secret.key'), path.join(root, 'src/key.ts'))
  symlinkSync(path.join(root, 'src/a.ts'), path.join(root, 'src/alias.ts'))
  symlinkSync(path.join(root, 'src/missing.ts'), path.join(root, 'src/dangling.ts'))
  return outside
}

describe('isInside', () => {
  it('compares real paths: a symlinked directory or file leading outside is outside', () => {
    const root = tempDir('ra-ws-')
    const outside = layout(root)
    expect(isInside(root, path.join(root, 'src/a.ts'))).toBe(true)
    expect(isInside(root, path.join(root, 'src/alias.ts'))).toBe(true)
    expect(isInside(root, path.join(root, 'src/ext/secret.key'))).toBe(false)
    expect(isInside(root, path.join(root, 'src/ext/not-yet/written.md'))).toBe(false)
    expect(isInside(root, path.join(root, 'src/key.ts'))).toBe(false)
    expect(isInside(root, path.join(root, '..foo'))).toBe(true)
    expect(isInside(root, path.join(root, '..'))).toBe(false)
    expect(escapingLink(root, 'src/ext/deeper')).toEqual({ name: 'src/ext', target: outside })
    expect(escapingLink(root, 'src')).toBeUndefined()
  })

  it('is the rule path inputs follow', () => {
    const root = tempDir('ra-ws-')
    layout(root)
    expect(() => resolveWorkspacePath('file', 'src/ext/CHANGELOG.md', root)).toThrow(
      /^Input 'file': expected a path inside the workspace/,
    )
    expect(resolveWorkspacePath('file', 'src/alias.ts', root)).toBe(path.join(root, 'src/alias.ts'))
  })
})

describe('listFiles', () => {
  it('leaves out symlinks that lead outside, in a git repository and in a plain directory', async () => {
    const repo = await TestRepo.create()
    const outside = layout(repo.dir)
    const plain = tempDir('ra-plain-')
    layout(plain)
    for (const root of [repo.dir, plain]) {
      const left: string[] = []
      const files = await listFiles(root, { onOutside: (name, target) => left.push(name, target) })
      expect(files.sort()).toEqual(['src/a.ts', 'src/alias.ts', 'src/dangling.ts'])
      expect(left.filter((_, i) => i % 2 === 0).sort()).toEqual(['src/ext', 'src/key.ts'])
      if (root === repo.dir) expect(left).toContain(outside)
    }
  })
})
