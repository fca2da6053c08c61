/**
 * Image references, the one grammar every action, step and package reads an image name with:
 * Docker's `[registry[:port]/]repository[:tag][@sha256:digest]`, with Docker Hub's defaults
 * (`docker.io`, `library/`); names lower-cased as registries require (with a warning). Anything
 * else is refused, with the reason. readImageInput is the reader of inputs (images.ts builds the
 * list and pinned readers on it); each reader says which form it takes: a repository, a pinned
 * reference, or either. imageProblem is the same rule for a value that is not an input (an entry of
 * release-plan's images).
 * https://github.com/distribution/reference/blob/main/reference.go
 */
import { InputError, showValue } from '../errors/index.ts'

export interface ImageRef {
  /** The registry as written, or docker.io. */
  registry: string
  /** The repository path, such as owner/app (library/nginx on Docker Hub). */
  repository: string
  tag?: string
  digest?: string
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)
const DOMAIN_RE =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/
/** Docker's tag grammar. */
export const TAG_RE = /^[\w][\w.-]{0,127}$/
export const DIGEST_RE = /^sha256:[a-f0-9]{64}$/

/**
 * Registries take lower-case repository names only (distribution/reference: "repository name must
 * be lowercase"), yet `ghcr.io/${{ github.repository }}` carries the owner's case (`NVIDIA`). So
 * an image name is lower-cased, as docker/metadata-action does; its tag and digest stay as written
 * (tags are case-sensitive). Only ASCII letters change.
 */
export function lowerCaseImageName(text: string): string {
  const at = text.indexOf('@')
  const digest = at === -1 ? '' : text.slice(at)
  let name = at === -1 ? text : text.slice(0, at)
  let tag = ''
  const colon = name.lastIndexOf(':')
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon)
    name = name.slice(0, colon)
  }
  return `${name.replace(/[A-Z]+/g, s => s.toLowerCase())}${tag}${digest}`
}

/**
 * An image reference as an input gives it, read the one way every action reads image names:
 * lower-cased (see lowerCaseImageName), and `warn` told what it became when that changed it.
 */
export function readImageName(text: string, warn: (message: string) => void): string {
  const lower = lowerCaseImageName(text)
  if (lower !== text)
    warn(
      `The image name ${JSON.stringify(text)} has upper-case letters, which registries do not accept in a repository name; using ${JSON.stringify(lower)}.`,
    )
  return lower
}

/** Why `text` is not an image reference, or undefined when it is one. */
export function imageRefProblem(text: string): string | undefined {
  if (text === '') return 'is empty'
  if (text.length > 255 + 128 + 72) return 'is too long'
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return 'contains whitespace or a control character'
  if (/[^\x20-\x7e]/.test(text)) return 'contains a non-ASCII character'
  if (/[$`;|&<>(){}'"\\*?!~^#%=,]/.test(text))
    return 'contains a character that is not allowed in an image reference'
  return parse(text)
    ? undefined
    : 'is not [registry/]repository[:tag][@sha256:digest] with a lower-case repository'
}

function parse(text: string): ImageRef | undefined {
  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST_RE.test(digest)) return undefined
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG_RE.test(tag)) return undefined
  }
  const slash = rest.indexOf('/')
  const first = slash === -1 ? '' : rest.slice(0, slash)
  const isDomain =
    slash !== -1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))
  let registry = 'docker.io'
  let repository = rest
  if (isDomain) {
    if (!DOMAIN_RE.test(first)) return undefined
    registry = first
    repository = rest.slice(slash + 1)
  }
  if (!PATH_RE.test(repository) || repository.length > 255) return undefined
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`
  const ref: ImageRef = { registry, repository }
  if (tag !== undefined) ref.tag = tag
  if (digest !== undefined) ref.digest = digest
  return ref
}

export function parseImageRef(text: string): ImageRef | undefined {
  return imageRefProblem(text) === undefined ? parse(text) : undefined
}

/**
 * What an image input holds: `repository`, an image without tag or digest (its tags are computed,
 * or its digest is the one built); `pinned`, one image with a tag or a digest; `any`, either.
 */
export type ImageForm = 'repository' | 'pinned' | 'any'

/** The expected form, as error messages say it. */
export const IMAGE_FORMS: Record<ImageForm, string> = {
  repository: 'an image without a tag or digest, such as ghcr.io/owner/app',
  pinned: 'an image with a tag or digest, such as ghcr.io/owner/app@sha256:…',
  any: 'an image reference such as ghcr.io/owner/app or ghcr.io/owner/app:1.2.3',
}

/** Why `text` (already lower-cased) is not an image reference of `form`, or undefined. */
export function imageProblem(text: string, form: ImageForm): string | undefined {
  const problem = imageRefProblem(text)
  if (problem !== undefined) return problem
  const ref = parse(text) as ImageRef
  const pinned = ref.tag !== undefined || ref.digest !== undefined
  if (form === 'repository' && pinned) return 'has a tag or digest'
  if (form === 'pinned' && !pinned) return 'has no tag or digest'
  return undefined
}

/**
 * An image named by an input: lower-cased (readImageName, `warn` told), then read with the one
 * grammar; an InputError that names the input, the value, what is wrong with it and the form
 * expected (`expected`, default IMAGE_FORMS[form]) when it is not an image of `form`.
 */
export function readImageInput(
  input: string,
  text: string,
  form: ImageForm,
  warn: (message: string) => void,
  expected: string = IMAGE_FORMS[form],
): { image: string; ref: ImageRef } {
  const image = readImageName(text, warn)
  const problem = imageProblem(image, form)
  if (problem !== undefined)
    throw new InputError(input, `expected ${expected}, got ${showValue(image)} (it ${problem})`)
  return { image, ref: parse(image) as ImageRef }
}
