/**
 * Wait until an image is pullable (registries answer MANIFEST_UNKNOWN for a while after a push):
 * poll its manifest, by digest when the reference has one, with backoff, up to a bound.
 */
import { type Inputs } from '../../../../packages/inputs/index.ts'
import { InputError, showValue } from '../../../../packages/errors/index.ts'
import type { Logger } from '../../../../packages/log/index.ts'
import {
  imageRefProblem,
  parseImageRef,
  RegistryClient,
  type ImageRef,
  readImageName,
} from '../../../../packages/oci/index.ts'
import type { ActionMain } from '../../../../packages/runtime/index.ts'

const GOOGLE_REGISTRY = /(^|\.)(pkg\.dev|gcr\.io)$/

export interface WaitOptions {
  image: string
  timeoutSeconds: number
  username: string | undefined
  password: string | undefined
}

/** An image input that must name one image: with a tag or a digest. */
export function readImageWithTagOrDigest(
  inputs: Inputs,
  name: string,
  expected: string,
): { image: string; ref: ImageRef } {
  const image = readImageName(inputs.required(name, expected), inputs.warn)
  const problem = imageRefProblem(image)
  const ref = problem === undefined ? parseImageRef(image) : undefined
  if (!ref || (!ref.tag && !ref.digest))
    throw new InputError(
      name,
      `expected ${expected}, got ${showValue(image)}${problem ? ` (it ${problem})` : ''}`,
    )
  return { image, ref }
}

export function readWaitInputs(inputs: Inputs): WaitOptions {
  const { image, ref } = readImageWithTagOrDigest(
    inputs,
    'image',
    'an image reference with a tag or digest, such as ghcr.io/owner/app@sha256:…',
  )
  let [username, password] = inputs.pair('registry-username', 'registry-password')
  // Artifact Registry and Container Registry want a Google access token even to read a manifest:
  // deploy-demo passes the one google-github-actions/auth minted, as Docker's credential helper does.
  const googleToken = inputs.optional('google-access-token')
  if (username === undefined && googleToken !== undefined && GOOGLE_REGISTRY.test(ref.registry)) {
    username = 'oauth2accesstoken'
    password = googleToken
  }
  return {
    image,
    timeoutSeconds: inputs.integer('timeout-seconds', 60, { min: 0, max: 3600 }),
    username,
    password,
  }
}

export async function waitForImage(
  opts: WaitOptions,
  logger: Logger,
  client?: RegistryClient,
): Promise<{ digest: string; waitedMs: number }> {
  const ref = parseImageRef(opts.image)
  if (!ref) throw new InputError('image', `${showValue(opts.image)} is not an image reference`)
  const registry =
    client ??
    new RegistryClient({
      logger,
      ...(opts.username && opts.password
        ? { username: opts.username, password: opts.password }
        : {}),
    })
  const started = Date.now()
  const manifest = await registry.waitForManifest(ref, ref.digest ?? ref.tag ?? 'latest', {
    timeoutMs: opts.timeoutSeconds * 1000,
  })
  return { digest: manifest.digest, waitedMs: Date.now() - started }
}

export const main: ActionMain = async ({ inputs, logger, mask }) => {
  const opts = readWaitInputs(inputs)
  if (opts.password) mask(opts.password)
  const { digest, waitedMs } = await waitForImage(opts, logger)
  logger.info(`${opts.image} is pullable (${digest}) after ${(waitedMs / 1000).toFixed(1)} s.`)
  return { outputs: { digest, 'waited-seconds': (waitedMs / 1000).toFixed(1) } }
}
