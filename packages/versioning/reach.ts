/**
 * Which release tags a commit can reach, asked only as far as a decision needs. Decisions want
 * "the highest tag of some kind reachable from X" (the base of a bump, the previous release of a
 * changelog section), and in the release case that tag is the highest of its kind in the
 * repository, a few commits below X: one `git merge-base --is-ancestor` answers it. Listing every
 * reachable tag walks all the history X reaches (0.15 s at 50,000 commits, more than all the rest
 * of compute-version), so it is only the fallback when the first candidate is not reachable (HEAD
 * on a maintenance branch), and then done once per commit.
 */
import type { Git } from '../git/index.ts'
import type { ReleaseTag } from './tags.ts'
import { compareVersions } from './semver.ts'

/**
 * Unreachable candidates tolerated per commit before listing every reachable tag at once instead.
 * A miss costs a walk from the candidate down to where the histories meet, which on an old
 * maintenance branch (the usual reason for a miss: every newer tag of main is above it) is nearly
 * the walk of the full list; so the first miss goes to the full list, and a miss costs at most one
 * probe more than listing every reachable tag from the start did.
 */
const MISSES = 1

/** The release tags reachable from one commit, asked for lazily. */
export interface ReachableTags {
  readonly commit: string
  /** The highest-version reachable tag that `pick` accepts. */
  highest(pick?: (t: ReleaseTag) => boolean): Promise<ReleaseTag | undefined>
}

export class Reachability {
  readonly #git: Git
  /** Highest version first, so that the first reachable candidate is the answer. */
  readonly #sorted: readonly ReleaseTag[]
  readonly #ancestor = new Map<string, Promise<boolean>>()
  readonly #reachable = new Map<string, Promise<Set<string>>>()
  /** Per commit, the candidate commits found not to be reachable from it. */
  readonly #missed = new Map<string, Set<string>>()

  /** `tags`: every release tag of the repository. */
  constructor(git: Git, tags: readonly ReleaseTag[]) {
    this.#git = git
    this.#sorted = [...tags].sort((a, b) => compareVersions(b.version, a.version))
  }

  from(commit: string): ReachableTags {
    return { commit, highest: pick => this.highest(commit, pick) }
  }

  /** The highest-version tag that `pick` accepts and whose commit is reachable from `commit`. */
  async highest(
    commit: string,
    pick: (t: ReleaseTag) => boolean = () => true,
  ): Promise<ReleaseTag | undefined> {
    let missed = this.#missed.get(commit)
    if (!missed) {
      missed = new Set()
      this.#missed.set(commit, missed)
    }
    for (const tag of this.#sorted) {
      if (!pick(tag) || missed.has(tag.commit)) continue
      if (this.#reachable.has(commit) || missed.size >= MISSES) {
        const names = await this.#reachableNames(commit)
        return this.#sorted.find(t => pick(t) && names.has(t.name))
      }
      if (await this.#isAncestor(tag.commit, commit)) return tag
      missed.add(tag.commit)
    }
    return undefined
  }

  #isAncestor(ancestor: string, commit: string): Promise<boolean> {
    const key = `${ancestor} ${commit}`
    let known = this.#ancestor.get(key)
    if (!known) {
      known = this.#git.isAncestor(ancestor, commit)
      this.#ancestor.set(key, known)
    }
    return known
  }

  /** The names of every tag reachable from `commit`: one walk of its history, kept. */
  #reachableNames(commit: string): Promise<Set<string>> {
    let names = this.#reachable.get(commit)
    if (!names) {
      names = this.#git.reachableTagNames(commit)
      this.#reachable.set(commit, names)
    }
    return names
  }
}
