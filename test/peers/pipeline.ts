/**
 * A world for running the release pipeline end to end: the workflow runner's machine with every
 * peer the pipeline reaches — a real OCI registry (behind a proxy that can fail on purpose), the
 * local GitHub API, a GitHub OIDC issuer, Fulcio and Rekor, a Cloud Run — and every third-party
 * action's stand-in registered, with gh and gcloud on the runner's PATH as ubuntu-24.04 has them.
 */
import path from 'node:path'
import { attest } from './attest.ts'
import { startCloudRun, writeGcloudStandIn, type CloudRun } from './cloud-run.ts'
import { cosignInstaller, type CosignPeer } from './cosign.ts'
import { writeGhStandIn } from './gh.ts'
import { GITHUB_STAND_INS } from './stand-ins.ts'
import { deployCloudrun, googleAuth, googleAuthPost, setupGcloud } from './google.ts'
import {
  buildPush,
  dockerLogin,
  dockerLoginPost,
  setupBuildx,
  setupBuildxPost,
  setupQemu,
} from './oci-build.ts'
import { startOidcIssuer, type GitHubOidcClaims, type OidcIssuer } from './oidc.ts'
import { startFaultyProxy, type FaultyProxy } from './registry-tools.ts'
import { startSigstore, type Sigstore } from './sigstore.ts'
import { World, type RepositoryOptions } from './world.ts'
import { startRegistry, type TestRegistry } from './registry.ts'
import type { TestRepo } from './repo.ts'

export interface PipelineWorld {
  world: World
  registry: TestRegistry
  /** The registry as the pipeline sees it (image names use its host). */
  proxy: FaultyProxy
  oidc: OidcIssuer
  sigstore: Sigstore
  cloudRun: CloudRun
  /** The stand-in cosign that sigstore/cosign-installer installs (its calls and signatures). */
  cosign: CosignPeer
  createRepository(repository: string, options?: RepositoryOptions): Promise<TestRepo>
  stop(): Promise<void>
}

export async function startPipelineWorld(): Promise<PipelineWorld> {
  const world = await World.start()
  const registry = await startRegistry({ auth: 'htpasswd' })
  const proxy = await startFaultyProxy(registry)
  const oidc = await startOidcIssuer()
  const sigstore = await startSigstore({ oidc })
  const cloudRun = await startCloudRun({ registry: proxy })
  world.oidc = claims => oidc.register(claims as unknown as GitHubOidcClaims)
  for (const [name, fn] of Object.entries(GITHUB_STAND_INS)) world.standIns.set(name, fn)
  world.standIns.set('actions/attest', io =>
    attest(io, { api: world.api, sigstore, registry: proxy }),
  )
  world.standIns.set('docker/login-action', {
    main: io => dockerLogin(io),
    post: io => dockerLoginPost(io),
  })
  world.standIns.set('docker/setup-qemu-action', io => setupQemu(io))
  world.standIns.set('docker/setup-buildx-action', {
    main: io => setupBuildx(io),
    post: io => setupBuildxPost(io),
  })
  world.standIns.set('docker/build-push-action', io => buildPush(io, { retryBackoffMs: 50 }))
  world.standIns.set('google-github-actions/auth', {
    main: io => googleAuth(io, { cloudRun }),
    post: io => googleAuthPost(io),
  })
  world.standIns.set('google-github-actions/setup-gcloud', io => setupGcloud(io, { cloudRun }))
  world.standIns.set('google-github-actions/deploy-cloudrun', io =>
    deployCloudrun(io, { cloudRun }),
  )
  const cosign: CosignPeer = { stateDir: path.join(world.dir, 'cosign-state'), node: world.node24 }
  world.standIns.set('sigstore/cosign-installer', io => {
    cosignInstaller(io, cosign)
    return Promise.resolve()
  })
  writeGhStandIn(world.binDir, { api: world.api, sigstore }, { node: world.node24 })
  writeGcloudStandIn(world.binDir, cloudRun, { node: world.node24 })
  return {
    world,
    registry,
    proxy,
    oidc,
    sigstore,
    cloudRun,
    cosign,
    async createRepository(repository, options = {}) {
      const repo = await world.createRepository(repository, options)
      const settings = world.settings(repository)
      world.api.repoSettings.set(repository, {
        ownerType: settings.ownerType,
        visibility: settings.private ? 'private' : 'public',
        private: settings.private,
        defaultBranch: settings.defaultBranch,
        id: settings.id,
        ownerId: settings.ownerId,
      })
      return repo
    },
    async stop() {
      await Promise.allSettled([
        cloudRun.stop(),
        sigstore.stop(),
        oidc.stop(),
        proxy.stop(),
        registry.stop(),
        world.stop(),
      ])
    },
  }
}
