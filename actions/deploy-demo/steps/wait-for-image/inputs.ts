/**
 * wait-for-image's inputs: the only place they are read and validated.
 */
import { type Inputs } from '../../../../packages/inputs/index.ts'
import {
  readImageWithTagOrDigest,
  type WaitForImageOptions,
} from '../../../../packages/oci/index.ts'

const GOOGLE_REGISTRY = /(^|\.)(pkg\.dev|gcr\.io)$/

export type WaitForImageInputs = WaitForImageOptions

export function readInputs(inputs: Inputs): WaitForImageInputs {
  const expected = 'an image reference with a tag or digest, such as ghcr.io/owner/app@sha256:…'
  const { image, ref } = readImageWithTagOrDigest(
    'image',
    inputs.required('image', expected),
    expected,
    inputs.warn,
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
    ref,
    timeoutSeconds: inputs.integer('timeout-seconds', 60, { min: 0, max: 3600 }),
    username,
    password,
  }
}
