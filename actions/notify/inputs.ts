/**
 * notify's inputs: the only place they are read and validated.
 */
import { InputError, showValue } from '../../packages/errors/index.ts'
import type { GithubContext, Inputs } from '../../packages/inputs/index.ts'
import type { NotifiedImage } from '../../packages/notify/index.ts'

export interface NotifyInputs {
  /** Empty: no webhook is configured, nothing is sent. */
  webhookUrl: string
  version: string
  tag: string
  repository: string
  releaseUrl: string
  isLatest: boolean
  images: NotifiedImage[]
  timeoutMs: number
}

const IMAGES_FORM = 'a JSON array of {name, digest} (release.yml digests output)'

function readImages(raw: string): NotifiedImage[] {
  if (raw.trim() === '') return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new InputError('images', `expected ${IMAGES_FORM}, got ${showValue(raw)}`)
  }
  if (!Array.isArray(parsed))
    throw new InputError('images', `expected ${IMAGES_FORM}, got ${showValue(raw)}`)
  return parsed.map((entry: unknown) => {
    const e = entry as { name?: unknown; digest?: unknown } | null
    if (typeof e?.name !== 'string' || typeof e.digest !== 'string')
      throw new InputError('images', `expected ${IMAGES_FORM}, got ${showValue(raw)}`)
    return { name: e.name, digest: e.digest }
  })
}

export function readInputs(inputs: Inputs, github: GithubContext): NotifyInputs {
  const webhookUrl = inputs.string('webhook-url', '')
  if (webhookUrl !== '' && !/^https?:\/\/[^\s/]+/.test(webhookUrl))
    // The value is a secret: never shown.
    throw new InputError('webhook-url', 'expected an https:// incoming-webhook URL')
  return {
    webhookUrl,
    version: inputs.required('version', 'the released version, such as 1.2.3'),
    tag: inputs.required('tag', 'the released tag, such as v1.2.3'),
    repository: inputs.string('repository', github.repository ?? ''),
    releaseUrl: inputs.string('release-url', ''),
    isLatest: inputs.boolean('is-latest', false),
    images: readImages(inputs.string('images', '')),
    timeoutMs: inputs.integer('timeout-seconds', 10, { min: 1, max: 120 }) * 1000,
  }
}
