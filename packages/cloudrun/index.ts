/**
 * The parts of Cloud Run the demo deploy needs beyond google-github-actions/deploy-cloudrun: which
 * revision serves now, which revision and URL carry a traffic tag, and moving all traffic to one
 * revision. Through the gcloud CLI, with argument arrays (never a shell).
 *
 * packages/cloudrun owns the demo deploy: this gcloud client, the deploy plan (plan.ts: whether a
 * version deploys, what it must report) and deploy-demo's traffic commands (commands.ts).
 */
import { exec } from '../process/index.ts'

export interface TrafficTarget {
  revisionName?: string
  percent?: number
  tag?: string
  url?: string
  latestRevision?: boolean
}

export interface ServiceState {
  url: string | undefined
  traffic: TrafficTarget[]
  latestReadyRevisionName: string | undefined
}

export interface CloudRunTarget {
  service: string
  region: string
  project: string
}

export class Gcloud {
  readonly #bin: string
  readonly #env: NodeJS.ProcessEnv
  constructor({
    bin = 'gcloud',
    env = process.env,
  }: { bin?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.#bin = bin
    this.#env = env
  }

  async #run(args: string[]): Promise<string> {
    const { stdout } = await exec(this.#bin, [...args, '--quiet'], {
      env: this.#env,
      timeoutMs: 600_000,
    })
    return stdout
  }

  /** The service as Cloud Run describes it, or undefined when it does not exist yet. */
  async describe(t: CloudRunTarget): Promise<ServiceState | undefined> {
    let out: string
    try {
      out = await this.#run([
        'run',
        'services',
        'describe',
        t.service,
        `--region=${t.region}`,
        `--project=${t.project}`,
        '--format=json',
      ])
    } catch (error) {
      if (
        /Cannot find service|could not be found|NOT_FOUND|does not exist/i.test(
          error instanceof Error ? error.message : String(error),
        )
      )
        return undefined
      throw error
    }
    const doc = JSON.parse(out) as {
      status?: { url?: string; traffic?: TrafficTarget[]; latestReadyRevisionName?: string }
    }
    return {
      url: doc.status?.url,
      traffic: doc.status?.traffic ?? [],
      latestReadyRevisionName: doc.status?.latestReadyRevisionName,
    }
  }

  /** Send all traffic to one revision. */
  async routeAllTraffic(t: CloudRunTarget, revision: string): Promise<void> {
    await this.#run([
      'run',
      'services',
      'update-traffic',
      t.service,
      `--region=${t.region}`,
      `--project=${t.project}`,
      `--to-revisions=${revision}=100`,
    ])
  }
}

/** The revision that serves most of the traffic now (the one to come back to). */
export function servingRevision(state: ServiceState | undefined): string | undefined {
  if (!state) return undefined
  const best = [...state.traffic]
    .filter(t => (t.percent ?? 0) > 0)
    .sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0]
  if (!best) return undefined
  return best.revisionName ?? (best.latestRevision ? state.latestReadyRevisionName : undefined)
}

export function taggedTarget(
  state: ServiceState | undefined,
  tag: string,
): TrafficTarget | undefined {
  return state?.traffic.find(t => t.tag === tag)
}

/** A Cloud Run traffic tag for a version: lower case, starts with a letter, letters, digits, hyphens. */
export function revisionTag(version: string): string {
  return `v${version.replace(/^v/, '')}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '')
    .slice(0, 46)
}
