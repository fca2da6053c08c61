/**
 * The machine the workflow runner works on, with its peers: repositories with a local bare origin,
 * the local GitHub API, and what a GitHub-hosted ubuntu-24.04 runner has on its PATH (git, jq, the
 * system Node — 20 on that image, not the Node 24 that `using: node24` actions run on — gh and
 * gcloud). Optional peers (registry, Sigstore, Cloud Run) are attached by the lifecycle tests.
 */
import { existsSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs'
import path from 'node:path'
import { FakeGitHub } from './github-api.ts'
import { root } from '../helpers/cli.ts'
import { TestRepo } from './repo.ts'
import { tempDir } from '../helpers/tmp.ts'
import { exec } from '../../packages/process/index.ts'
import type { RepoSettings } from './workflow/events.ts'
import type { Json } from './workflow/expressions.ts'
import type { OidcRegistration, RunnerWorld, StandIn } from './workflow/runner.ts'
import { WorkflowRunner } from './workflow/runner.ts'
import type { Permissions } from './workflow/stand-in.ts'

/** The Node 24 the runner runs `using: node24` actions with. */
export function findNode24(): string {
  if (Number(process.versions.node.split('.')[0]) >= 24) return process.execPath
  const local = path.join(root, '.tools', 'node_modules', 'node', 'bin', 'node')
  if (existsSync(local)) return local
  throw new Error(
    'Node 24 is needed to run node24 actions (bash scripts/setup.sh installs it into .tools/)',
  )
}

/** PATH entries of this machine without the Node 24 of .tools (a runner image's PATH has its system Node). */
function machinePath(): string[] {
  const tools = path.join(root, '.tools')
  return (process.env.PATH ?? '')
    .split(':')
    .filter(p => p && !p.startsWith(tools) && !p.includes('node_modules'))
}

export interface RepositoryOptions {
  defaultBranch?: string
  private?: boolean
  ownerType?: 'User' | 'Organization'
  secrets?: Record<string, string>
  vars?: Record<string, string>
}

export class World implements RunnerWorld {
  readonly suiteRoot = root
  readonly suiteRepository = 'release-actions/release-actions'
  readonly dir: string
  readonly serverUrl = 'https://github.com'
  readonly api: FakeGitHub
  readonly node24 = findNode24()
  readonly binDir: string
  /** Every `node …` started through PATH (the system Node), one line per start. */
  readonly nodeLog: string
  path: string[]
  oidc: ((claims: Record<string, Json>) => OidcRegistration) | undefined
  readonly standIns = new Map<string, StandIn>()
  readonly #repos = new Map<
    string,
    {
      settings: RepoSettings
      origin: string
      work: TestRepo
      secrets: Record<string, string>
      vars: Record<string, string>
    }
  >()
  readonly runner: WorkflowRunner
  #nextId = 7000

  private constructor(api: FakeGitHub) {
    this.api = api
    this.dir = tempDir('ra-world-')
    this.binDir = path.join(this.dir, 'bin')
    mkdirSync(this.binDir, { recursive: true })
    const nodeShim = path.join(this.dir, 'system-node')
    mkdirSync(nodeShim, { recursive: true })
    this.nodeLog = path.join(this.dir, 'system-node.log')
    writeFileSync(this.nodeLog, '')
    const systemNode = machinePath()
      .map(p => path.join(p, 'node'))
      .find(p => existsSync(p))
    if (systemNode) {
      writeFileSync(
        path.join(nodeShim, 'node'),
        `#!/bin/sh\nprintf '%s\\n' "$*" >> '${this.nodeLog}'\nexec '${systemNode}' "$@"\n`,
      )
      chmodSync(path.join(nodeShim, 'node'), 0o755)
    }
    this.path = [this.binDir, nodeShim, ...machinePath()]
    this.runner = new WorkflowRunner(this)
  }

  static async start(): Promise<World> {
    return new World(await FakeGitHub.start())
  }

  async stop(): Promise<void> {
    await this.api.stop()
  }

  get apiUrl(): string {
    return this.api.url
  }

  token(_permissions: Permissions): string {
    return this.api.token
  }

  /** A repository with a working clone (to commit and tag in) and its bare origin (what runs see). */
  async createRepository(repository: string, options: RepositoryOptions = {}): Promise<TestRepo> {
    const defaultBranch = options.defaultBranch ?? 'main'
    const origin = path.join(this.dir, 'origins', `${repository}.git`)
    mkdirSync(origin, { recursive: true })
    await exec('git', ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, origin])
    const work = await TestRepo.create({ dir: path.join(this.dir, 'work', repository) })
    await work.run('remote', 'add', 'origin', origin)
    if (defaultBranch !== 'main') await work.run('checkout', '--quiet', '-b', defaultBranch)
    const settings: RepoSettings = {
      repository,
      defaultBranch,
      private: options.private ?? false,
      ownerType: options.ownerType ?? 'Organization',
      id: this.#nextId++,
      ownerId: this.#nextId++,
    }
    this.#repos.set(repository, {
      settings,
      origin,
      work,
      secrets: options.secrets ?? {},
      vars: options.vars ?? {},
    })
    return work
  }

  #repo(repository: string) {
    const r = this.#repos.get(repository)
    if (!r) throw new Error(`no repository ${repository} in this world`)
    return r
  }

  /** Pushes every branch and tag of the working clone to the origin, as `git push --all --tags` would. */
  async push(repository: string): Promise<void> {
    const r = this.#repo(repository)
    await r.work.run('push', '--quiet', '--force', 'origin', '--all')
    await r.work.run('push', '--quiet', 'origin', '--tags')
  }

  settings(repository: string): RepoSettings {
    return this.#repo(repository).settings
  }

  origin(repository: string): string {
    return this.#repo(repository).origin
  }

  secrets(repository: string): Record<string, string> {
    return this.#repo(repository).secrets
  }

  vars(repository: string): Record<string, string> {
    return this.#repo(repository).vars
  }

  standIn(name: string): StandIn | undefined {
    return this.standIns.get(name)
  }

  /** Writes an executable into the runner's preinstalled tools (what ubuntu-24.04 has on PATH). */
  installTool(name: string, script: string): void {
    writeFileSync(path.join(this.binDir, name), script)
    chmodSync(path.join(this.binDir, name), 0o755)
  }
}
