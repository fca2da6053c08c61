/**
 * packages/init: `release-actions init`, adopting the suite in one command. It inspects the
 * repository (detect.ts), plans the files — .github/workflows/release.yml from the on-tag
 * starter, optionally the on-main and supersede starters, and .github/release-actions.yml with
 * the gates it inferred (render.ts) — and writes them: none when any exists already (unless
 * `force`), each atomically, nothing at all with `dryRun`. The plan also says what the user still
 * has to set (secrets, Cloud Run settings, repository settings).
 */
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseConfig, CONFIG_FILE } from '../config/index.ts'
import { PreconditionError } from '../errors/index.ts'
import { writeFileAtomic } from '../files/index.ts'
import { repoUrlFromRemote } from '../git/index.ts'
import { detectProject, type Project } from './detect.ts'
import {
  renderConfig,
  renderOnMain,
  renderRelease,
  renderSupersede,
  type Image,
  type InitPlan,
} from './render.ts'

export { detectProject, type Project } from './detect.ts'
export { configGates, pinSuite, schemaUrl, SUITE, type Image } from './render.ts'

export const RELEASE_WORKFLOW = '.github/workflows/release.yml'
export const ON_MAIN_WORKFLOW = '.github/workflows/on-main.yaml'
export const SUPERSEDE_WORKFLOW = '.github/workflows/supersede.yaml'

export interface InitOptions {
  /** The top of the repository. */
  root: string
  /** The ref the suite is called at (v1.2.3). */
  ref: string
  /** owner/repo; undefined: from `originUrl`. */
  repository: string | undefined
  /** The URL of the origin remote, if any. */
  originUrl: string | undefined
  /** The registry of the images (ghcr.io). */
  registry: string
  onMain: boolean
  supersede: boolean
  deploy: boolean
  homebrewTap: string | undefined
  notify: boolean
  /** The branch on-main.yaml builds (the current one). */
  branch: string
}

export interface InitFile {
  /** From the top of the repository. */
  path: string
  content: string
}

export interface InitResult {
  files: InitFile[]
  project: Project
  repository: string | undefined
  images: Image[]
  /** What the user still has to set, one sentence each. */
  todo: string[]
}

/** owner/repo of a remote URL (https, ssh or scp form), lower-cased; undefined for others. */
export function repositoryOfRemote(url: string | undefined): string | undefined {
  const web = repoUrlFromRemote(url)
  return web?.split('/').slice(-2).join('/').toLowerCase()
}

/** The last part of an image name from a folder: cmd/api → api, lower case, registry-safe. */
function suffixOf(dir: string): string {
  return dir
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
}

/** One image per Dockerfile: <registry>/<owner>/<repo> at the top, -<folder> for the others. */
export function imagesOf(
  dockerfiles: Project['dockerfiles'],
  registry: string,
  repository: string | undefined,
): Image[] {
  const base = `${registry}/${repository ?? '${{ github.repository }}'}`
  const names = dockerfiles.map(d => path.posix.basename(path.posix.dirname(d.dockerfile)))
  return dockerfiles.map((d, i) => {
    const dir = path.posix.dirname(d.dockerfile)
    if (dir === '.') return { name: base, ...d }
    // Two folders of the same name (a/api, b/api): the whole path tells them apart.
    const short = names.filter(n => n === names[i]).length > 1 ? dir.replace(/\//g, '-') : names[i]
    return { name: `${base}-${suffixOf(short ?? dir)}`, ...d }
  })
}

/** The files to write and what is left to the user; nothing is written. */
export async function planInit(options: InitOptions): Promise<InitResult> {
  const targets = [
    RELEASE_WORKFLOW,
    ...(options.onMain ? [ON_MAIN_WORKFLOW] : []),
    ...(options.supersede ? [SUPERSEDE_WORKFLOW] : []),
  ]
  const project = await detectProject(options.root, {
    skipWorkflows: targets,
    branch: options.branch,
  })
  const repository = options.repository?.toLowerCase() ?? repositoryOfRemote(options.originUrl)
  const images = imagesOf(project.dockerfiles, options.registry, repository)
  const plan: InitPlan = {
    ref: options.ref,
    repository,
    registry: options.registry,
    images,
    project,
    branch: options.branch,
    deploy: options.deploy,
    homebrewTap: options.homebrewTap,
    notify: options.notify,
  }
  const files: InitFile[] = [{ path: RELEASE_WORKFLOW, content: renderRelease(plan) }]
  if (options.onMain) files.push({ path: ON_MAIN_WORKFLOW, content: renderOnMain(plan) })
  if (options.supersede) files.push({ path: SUPERSEDE_WORKFLOW, content: renderSupersede(plan) })
  const config = renderConfig(plan)
  // What init writes, the loader reads: a config it would refuse is a bug of init.
  parseConfig(config, CONFIG_FILE)
  files.push({ path: CONFIG_FILE, content: config })
  return { files, project, repository, images, todo: todo(options, plan) }
}

function todo(options: InitOptions, plan: InitPlan): string[] {
  const out: string[] = []
  const { project } = plan
  const withImages = plan.images.length > 0 || project.charts.length > 0
  if (!plan.repository && plan.images.length > 0)
    out.push(
      'The repository is not known (no GitHub origin remote, no --repository): the image names use github.repository, lower-cased by the actions.',
    )
  if (plan.images.length === 0)
    out.push(`No Dockerfile found: set images: in ${RELEASE_WORKFLOW} to publish images.`)
  if (withImages && plan.registry !== 'ghcr.io')
    out.push(
      `Secrets REGISTRY_USERNAME and REGISTRY_PASSWORD: a user and a token that can push to ${plan.registry}.`,
    )
  if (options.homebrewTap) {
    out.push(
      `Secret HOMEBREW_TAP_TOKEN: a token with contents: write on ${options.homebrewTap}; and build-command: and artifacts: for the binaries the formula installs.`,
    )
  }
  if (options.notify) out.push('Secret NOTIFY_WEBHOOK_URL: a Slack-compatible incoming webhook.')
  if (options.deploy)
    out.push(
      `Cloud Run: set cloud-run-region, gcp-project-id, workload-identity-provider and service-account in ${RELEASE_WORKFLOW} (and deploy-image: an Artifact Registry repository that proxies a private GHCR image).`,
    )
  if (project.tests.length === 0)
    out.push(`No test command found: add your tests as a gate in ${CONFIG_FILE}.`)
  if (project.licenseHeaders && project.licenseHeaders.missing > 0)
    out.push(
      `${project.licenseHeaders.missing} source file(s) lack "${project.licenseHeaders.header}": the license-headers gate fails until they carry it (release-actions gates lists them).`,
    )
  if (project.versions.length > 0)
    out.push(
      `version-alignment checks that ${project.versions.map(v => `${v.path} ${v.key}`).join(' and ')} ${project.versions.length === 1 ? 'states' : 'state'} the version released (today ${[...new Set(project.versions.map(v => v.value))].join(', ')}): set it in a commit before the tag (a release candidate's may state the stable version it is for).`,
    )
  if (project.workflows.length > 0)
    out.push(
      `required-checks waits for ${project.workflows.join(', ')} on the tagged commit: make sure they run on it.`,
    )
  if (options.onMain && plan.images.length === 0)
    out.push(
      `${ON_MAIN_WORKFLOW} builds ./Dockerfile as ghcr.io/<owner>/<repo>: add the Dockerfile, or leave the workflow out.`,
    )
  if (options.onMain && plan.images.length > 1)
    out.push(
      `${ON_MAIN_WORKFLOW} builds ${plan.images[0]?.name} only: copy its job for the others.`,
    )
  out.push(
    'Private repositories: artifact attestations need GitHub Enterprise Cloud; set attest: false otherwise.',
  )
  return out
}

/**
 * Write the planned files under `root`: refused, with nothing written, when any of them exists
 * and `force` is not set.
 */
export function writeInit(root: string, files: readonly InitFile[], force: boolean): void {
  if (!force) {
    const existing = files.filter(f => existsSync(path.join(root, f.path))).map(f => f.path)
    if (existing.length > 0)
      throw new PreconditionError(
        `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (--force overwrites)`,
      )
  }
  for (const file of files) {
    const full = path.join(root, file.path)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileAtomic(full, file.content)
  }
}
