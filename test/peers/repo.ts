/**
 * Real git repositories in temporary directories, built commit by commit with the git CLI.
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { Git } from '../../packages/git/index.ts'
import { exec } from '../../packages/process/index.ts'
import { tempDir } from '../helpers/tmp.ts'

let clock = Date.UTC(2026, 0, 1) / 1000

/** Commit dates move forward one minute per commit, so histories are deterministic. */
function nextDate(): string {
  clock += 60
  return `${clock} +0000`
}

export class TestRepo {
  readonly dir: string
  readonly git: Git

  private constructor(dir: string) {
    this.dir = dir
    this.git = new Git(dir)
  }

  static async create({
    bare = false,
    dir,
  }: { bare?: boolean; dir?: string } = {}): Promise<TestRepo> {
    const where = dir ?? tempDir('ra-repo-')
    await exec('git', [
      'init',
      '--quiet',
      ...(bare ? ['--bare'] : []),
      '--initial-branch=main',
      where,
    ])
    return new TestRepo(where)
  }

  async run(...args: string[]): Promise<string> {
    const date = nextDate()
    const { stdout } = await exec('git', ['-C', this.dir, ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    })
    return stdout.trim()
  }

  /** Commit (empty unless files are given) and return the new commit's sha. */
  async commit(message: string, files: Record<string, string> = {}): Promise<string> {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, content)
      await this.run('add', '--', name)
    }
    await this.run('commit', '--quiet', '--allow-empty', '--no-verify', '-m', message)
    return this.head()
  }

  async commits(...messages: string[]): Promise<string> {
    let sha = ''
    for (const m of messages) sha = await this.commit(m)
    return sha
  }

  async head(): Promise<string> {
    return this.run('rev-parse', 'HEAD')
  }

  /** A lightweight tag by default; annotated with a message, signed with `sign`. */
  async tag(
    name: string,
    { at = 'HEAD', message, sign = false }: { at?: string; message?: string; sign?: boolean } = {},
  ): Promise<void> {
    if (sign) await this.run('tag', '-s', '-m', message ?? `Release ${name}`, name, at)
    else if (message !== undefined) await this.run('tag', '-a', '-m', message, name, at)
    else await this.run('tag', name, at)
  }

  async checkout(...args: string[]): Promise<void> {
    await this.run('checkout', '--quiet', ...args)
  }

  async merge(branch: string, message = `Merge branch '${branch}'`): Promise<string> {
    await this.run('merge', '--no-ff', '--quiet', '-m', message, branch)
    return this.head()
  }
}
