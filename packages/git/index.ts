/**
 * packages/git: the one git client. Every git process of the production code is started here, by
 * a named method (no raw `git <args>` escape hatch for callers): each is an argument array (never
 * a shell), user-supplied refs come after `--end-of-options` (or `--` where git wants paths), and
 * refs are validated by the caller before they get here.
 */
import { OperationalError } from '../errors/index.ts'
import { exec, ExecError, execStream, type ExecOptions } from '../process/index.ts'

export interface TagRef {
  /** Tag name without `refs/tags/`. */
  name: string
  /** The commit the tag points at (peeled through annotated tag objects). */
  commit: string
  /** `tag` for an annotated tag, `commit` for a lightweight one. */
  objectType: string
}

export interface GitOptions {
  /** The git executable (default `git` from PATH). */
  git?: string
  env?: NodeJS.ProcessEnv
}

export class GitError extends OperationalError {
  constructor(message: string) {
    super(message)
    this.name = 'GitError'
  }
}

const SEP = '\x1f'

export class Git {
  readonly cwd: string
  readonly #git: string
  readonly #env: NodeJS.ProcessEnv

  constructor(cwd: string, options: GitOptions = {}) {
    this.cwd = cwd
    this.#git = options.git ?? 'git'
    // Never prompt for credentials or an editor: the runner has no terminal.
    this.#env = {
      ...(options.env ?? process.env),
      GIT_TERMINAL_PROMPT: '0',
      GIT_EDITOR: 'true',
      GCM_INTERACTIVE: 'never',
    }
  }

  async #run(args: readonly string[], options: ExecOptions = {}): Promise<string> {
    try {
      const { stdout } = await exec(this.#git, ['-C', this.cwd, ...args], {
        env: this.#env,
        ...options,
      })
      return stdout
    } catch (error) {
      if (error instanceof ExecError) throw new GitError(error.message)
      throw error
    }
  }

  /** Exit code of a git command that answers yes/no through its status. */
  async #status(args: readonly string[]): Promise<number> {
    const result = await exec(this.#git, ['-C', this.cwd, ...args], {
      env: this.#env,
      okCodes: [0, 1, 2, 128],
    })
    return result.code
  }

  async isRepository(): Promise<boolean> {
    return (await this.#status(['rev-parse', '--git-dir'])) === 0
  }

  /** Is `cwd` a repository, and is it a shallow clone? One `git rev-parse` for both questions. */
  async repository(): Promise<'none' | 'shallow' | 'complete'> {
    const result = await exec(this.#git, ['-C', this.cwd, 'rev-parse', '--is-shallow-repository'], {
      env: this.#env,
      okCodes: [0, 1, 2, 128],
    })
    if (result.code !== 0) return 'none'
    return result.stdout.trim() === 'true' ? 'shallow' : 'complete'
  }

  /** The root of the work tree (where .github/ is), for a path anywhere inside it. */
  async topLevel(): Promise<string> {
    return (await this.#run(['rev-parse', '--show-toplevel'])).trim()
  }

  /**
   * The folder of `cwd` below the top of the work tree, with a trailing `/` (`packages/api/`), or
   * '' at the top.
   */
  async prefix(): Promise<string> {
    return (await this.#run(['rev-parse', '--show-prefix'])).trim()
  }

  /**
   * Every file below `cwd` as a `cwd`-relative path with `/`: tracked and untracked, .gitignore
   * honoured (`git ls-files`). Fails outside a repository.
   */
  async listFiles(): Promise<string[]> {
    const out = await this.#run([
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
      '--deduplicate',
    ])
    return out.split('\0').filter(Boolean)
  }

  /** The path of every file in the tree of `commit`, from the top of the repository. */
  async lsTree(commit: string): Promise<string[]> {
    const out = await this.#run([
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      '--full-tree',
      '--end-of-options',
      commit,
    ])
    return out.split('\0').filter(Boolean)
  }

  /** The content of `file` (from the top of the repository) at `commit`. */
  async show(commit: string, file: string): Promise<string> {
    return this.#run(['show', '--end-of-options', `${commit}:${file}`])
  }

  /** The committer time of `rev` in seconds since 1970 (`git log -1 --format=%ct`). */
  async commitTime(rev: string): Promise<number> {
    const out = await this.#run(['log', '-1', '--format=%ct', '--end-of-options', rev, '--'])
    const time = Number(out.trim())
    if (out.trim() === '' || !Number.isInteger(time))
      throw new GitError(`git log gave no commit time for ${rev}.`)
    return time
  }

  /**
   * The files (from the top of the repository) that differ between the trees of `from` and `to`,
   * limited to `paths` (pathspecs, relative to cwd): `git diff --name-only -z from to -- paths`.
   */
  async changedFiles(from: string, to: string, paths: readonly string[] = []): Promise<string[]> {
    const out = await this.#run([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--end-of-options',
      from,
      to,
      '--',
      ...paths,
    ])
    return out.split('\0').filter(Boolean)
  }

  async isShallow(): Promise<boolean> {
    return (await this.#run(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
  }

  /** The commit a revision names, or undefined if it names none. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    try {
      const out = await this.#run([
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${rev}^{commit}`,
      ])
      return out.trim() || undefined
    } catch {
      return undefined
    }
  }

  /**
   * Every tag, in one `git for-each-ref` call. With `mergedInto`, only tags whose commit is
   * reachable from that commit (also one call).
   */
  async tags({ mergedInto }: { mergedInto?: string } = {}): Promise<TagRef[]> {
    const format = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)'].join(
      SEP,
    )
    const args = ['for-each-ref', `--format=${format}`]
    if (mergedInto !== undefined) args.push(`--merged=${mergedInto}`)
    args.push('refs/tags/')
    const out = await this.#run(args)
    const tags: TagRef[] = []
    for (const line of out.split('\n')) {
      if (line === '') continue
      const [name = '', objectType = '', object = '', peeled = ''] = line.split(SEP)
      // Tags of trees or blobs are not releases; skip them.
      if (objectType === 'commit') tags.push({ name, objectType, commit: object })
      else if (objectType === 'tag' && peeled !== '')
        tags.push({ name, objectType, commit: peeled })
    }
    return tags
  }

  /**
   * The names of every tag whose commit is reachable from `commit`, from one `git log` of its
   * history with tag decorations, which visits only what `commit` reaches: on a branch far behind
   * the newest tags a fraction of what `tags({ mergedInto })` costs, for the same answer. (Not
   * `--simplify-by-decoration`: it drops a tagged root commit whose tree is empty.)
   */
  async reachableTagNames(commit: string): Promise<Set<string>> {
    const names = new Set<string>()
    await this.logRecords(
      ['--decorate-refs=refs/tags/', '--format=%D'],
      [commit],
      [],
      1,
      ([decorations = '']) => {
        // `tag: v1.2.3, tag: v1.2.3-rc.1`: ref names contain neither spaces nor commas-and-space.
        for (const item of decorations.split(', '))
          if (item.startsWith('tag: ')) names.add(item.slice('tag: '.length))
      },
    )
    return names
  }

  /**
   * Is `ancestor` reachable from `descendant` (or the same commit)? One `git merge-base
   * --is-ancestor`, which walks only as far as the answer needs: a commit near `descendant` costs
   * a few commits, unlike `tags({ mergedInto })`, which visits the whole history.
   */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (ancestor === descendant) return true
    const args = [
      '-C',
      this.cwd,
      'merge-base',
      '--is-ancestor',
      '--end-of-options',
      ancestor,
      descendant,
    ]
    try {
      const { code } = await exec(this.#git, args, { env: this.#env, okCodes: [0, 1] })
      return code === 0
    } catch (error) {
      if (error instanceof ExecError) throw new GitError(error.message)
      throw error
    }
  }

  /**
   * Full commit messages in `range` (`from..to`, or all of `to` when from is undefined), newest
   * first, in one `git log` call. Merge commits are read through (their parents' commits are
   * listed) but the merge commits themselves are left out. `paths` are git pathspecs: git applies
   * them.
   */
  async commitMessages({
    from,
    to,
    paths = [],
  }: {
    from?: string
    to: string
    paths?: readonly string[]
  }): Promise<CommitMessage[]> {
    const commits: CommitMessage[] = []
    await this.logRecords(
      ['--no-merges', `--format=%H${SEP}%ct${SEP}%B`],
      from === undefined ? [to] : [`${from}..${to}`],
      paths,
      3,
      fields => {
        const [sha = '', time = '0', message = ''] = fields
        commits.push({ sha, time: Number(time), message: message.replace(/\n+$/, '') })
      },
    )
    return commits
  }

  /**
   * Stream `git log -z <options> --end-of-options <revisions> -- <paths>`, whose format separates
   * `fieldCount` fields with U+001F; `onRecord` gets each commit's fields as soon as it is complete.
   * Records end with NUL (`-z`), which a commit message cannot contain, and the last field takes
   * the rest of the record, so a message cannot forge fields or records. Constant memory for
   * histories of any length.
   */
  async logRecords(
    options: readonly string[],
    revisions: readonly string[],
    paths: readonly string[],
    fieldCount: number,
    onRecord: (fields: string[]) => void,
  ): Promise<void> {
    let pending = ''
    const emit = (record: string) => {
      const fields: string[] = []
      let rest = record
      for (let i = 1; i < fieldCount; i++) {
        const at = rest.indexOf(SEP)
        if (at === -1) break
        fields.push(rest.slice(0, at))
        rest = rest.slice(at + 1)
      }
      fields.push(rest)
      onRecord(fields)
    }
    const args = [
      '-C',
      this.cwd,
      'log',
      '-z',
      ...options,
      '--end-of-options',
      ...revisions,
      '--',
      ...paths,
    ]
    try {
      await execStream(
        this.#git,
        args,
        text => {
          pending += text
          let start = 0
          for (let end = pending.indexOf('\0'); end !== -1; end = pending.indexOf('\0', start)) {
            if (end > start) emit(pending.slice(start, end))
            start = end + 1
          }
          pending = pending.slice(start)
        },
        { env: this.#env },
      )
      if (pending !== '') emit(pending)
    } catch (error) {
      if (error instanceof ExecError) throw new GitError(error.message)
      throw error
    }
  }

  /** Tracked files with changes (staged or not); untracked files are ignored. */
  async trackedChanges(): Promise<string[]> {
    return this.changes({ untracked: 'no' })
  }

  /**
   * `git status --porcelain=v1` lines (`XY path`) of what differs from HEAD, limited to `paths`
   * (pathspecs) when given. `untracked`: `no` leaves untracked files out, `normal` names untracked
   * directories, `all` every untracked file; not given, git's default (status.showUntrackedFiles).
   */
  async changes({
    untracked,
    paths = [],
  }: { untracked?: 'no' | 'normal' | 'all'; paths?: readonly string[] } = {}): Promise<string[]> {
    const out = await this.#run([
      'status',
      '--porcelain=v1',
      ...(untracked === undefined ? [] : [`--untracked-files=${untracked}`]),
      ...(paths.length > 0 ? ['--', ...paths] : []),
    ])
    return out.split('\n').filter(line => line !== '')
  }

  /** Stage `paths` (`git add`). */
  async add(paths: readonly string[]): Promise<void> {
    await this.#run(['add', '--', ...paths])
  }

  /**
   * Commit `paths` with `message` (`git commit -- <paths>`), without the repository's commit hooks
   * when `verify` is false.
   */
  async commit(
    message: string,
    paths: readonly string[],
    { verify = true }: { verify?: boolean } = {},
  ): Promise<void> {
    await this.#run([
      'commit',
      '--quiet',
      ...(verify ? [] : ['--no-verify']),
      '--message',
      message,
      '--',
      ...paths,
    ])
  }

  /** Put `paths` back as the index has them, dropping their changes (`git checkout -- <paths>`). */
  async checkoutFiles(paths: readonly string[]): Promise<void> {
    await this.#run(['checkout', '--quiet', '--', ...paths])
  }

  /** Move the current branch, the index and the work tree to `commit` (`git reset --hard`). */
  async resetHard(commit: string): Promise<void> {
    // reset takes no --end-of-options; the trailing `--` makes `commit` a revision, never a path.
    if (commit.startsWith('-')) throw new GitError(`not a commit: ${commit}`)
    await this.#run(['reset', '--quiet', '--hard', commit, '--'])
  }

  async currentBranch(): Promise<string | undefined> {
    const out = await this.#run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
      okCodes: [0, 1],
    })
    return out.trim() || undefined
  }

  /** The URL of `remote` (`git remote get-url`), or undefined when there is no such remote. */
  async remoteUrl(remote: string): Promise<string | undefined> {
    try {
      return (await this.#run(['remote', 'get-url', '--', remote])).trim()
    } catch {
      return undefined
    }
  }

  async config(key: string): Promise<string | undefined> {
    const out = await this.#run(['config', '--get', '--end-of-options', key], { okCodes: [0, 1] })
    return out.trim() || undefined
  }

  /** The upstream of the current branch (`origin/main`), or undefined when there is none. */
  async upstream(): Promise<string | undefined> {
    const out = await this.#run(
      ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}'],
      { okCodes: [0, 128] },
    )
    const value = out.trim()
    return value === '' || value === '@{upstream}' ? undefined : value
  }

  async countCommits(range: string): Promise<number> {
    const out = await this.#run(['rev-list', '--count', '--end-of-options', range])
    return Number(out.trim())
  }

  /** Does `refs/tags/<tag>` exist on the remote? One `git ls-remote` call. */
  async remoteHasTag(remote: string, tag: string): Promise<boolean> {
    const out = await this.#run([
      'ls-remote',
      '--tags',
      '--end-of-options',
      remote,
      `refs/tags/${tag}`,
    ])
    return out.trim() !== ''
  }

  async createAnnotatedTag(
    tag: string,
    commit: string,
    message: string,
    { sign = false }: { sign?: boolean } = {},
  ): Promise<void> {
    await this.#run([
      'tag',
      sign ? '--sign' : '--annotate',
      '--message',
      message,
      '--end-of-options',
      tag,
      commit,
    ])
  }

  async push(remote: string, refspecs: readonly string[], { atomic = true } = {}): Promise<void> {
    const args = ['push', '--porcelain']
    if (atomic) args.push('--atomic')
    await this.#run([...args, '--end-of-options', remote, ...refspecs])
  }

  async deleteTag(tag: string): Promise<void> {
    await this.#run(['tag', '--delete', '--end-of-options', tag])
  }

  /**
   * When each tag was made, in seconds since the epoch: the tagger date of an annotated tag, the
   * commit date of a lightweight one. One `git for-each-ref` call.
   */
  async tagTimes(): Promise<Map<string, number>> {
    const out = await this.#run([
      'for-each-ref',
      `--format=%(refname:strip=2)${SEP}%(creatordate:unix)`,
      'refs/tags/',
    ])
    const times = new Map<string, number>()
    for (const line of out.split('\n')) {
      const [name, time] = line.split(SEP)
      if (name && time) times.set(name, Number(time))
    }
    return times
  }

  /** When `tag` was made (as tagTimes says), or undefined when there is no such tag. */
  async tagTime(tag: string): Promise<number | undefined> {
    const out = await this.#run([
      'for-each-ref',
      '--format=%(creatordate:unix)',
      `refs/tags/${tag}`,
    ])
    const time = Number(out.split('\n')[0])
    return out.trim() !== '' && Number.isFinite(time) ? time : undefined
  }

  /** The raw tag object (header, message and signature) of an annotated tag. */
  async tagObject(tag: string): Promise<string> {
    return this.#run(['cat-file', 'tag', `refs/tags/${tag}`])
  }

  /**
   * Verify a tag's signature. SSH signatures are checked against `allowedSigners` (an
   * allowed-signers file); GPG ones against the keyring. Returns git's diagnostic output.
   */
  async verifyTag(
    tag: string,
    { allowedSigners }: { allowedSigners?: string } = {},
  ): Promise<{ ok: boolean; output: string }> {
    const config = allowedSigners ? ['-c', `gpg.ssh.allowedSignersFile=${allowedSigners}`] : []
    const result = await exec(
      this.#git,
      ['-C', this.cwd, ...config, 'verify-tag', '--end-of-options', `refs/tags/${tag}`],
      {
        env: this.#env,
        okCodes: [0, 1, 128],
      },
    )
    return { ok: result.code === 0, output: `${result.stderr}${result.stdout}`.trim() }
  }
}

export interface CommitMessage {
  sha: string
  /** Committer time, seconds since the epoch. */
  time: number
  message: string
}

/**
 * The web address (https://host/owner/repo) of a remote URL, https or scp-like ssh
 * (`git@github.com:owner/repo.git`), if it is one of a repository.
 */
export function repoUrlFromRemote(url: string | undefined): string | undefined {
  if (!url) return undefined
  const scp = /^[\w.-]+@([\w.-]+):([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url)
  if (scp) return `https://${scp[1]}/${scp[2]}`
  const m =
    /^(?:https?|ssh|git):\/\/(?:[^@/]+@)?([\w.-]+)(?::\d+)?\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
      url,
    )
  return m ? `https://${m[1]}/${m[2]}` : undefined
}
