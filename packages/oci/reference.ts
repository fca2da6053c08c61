/**
 * Image references as Docker reads them: `[registry[:port]/]repository[:tag][@sha256:digest]`,
 * with Docker Hub's defaults (`docker.io`, `library/`). Anything else is refused, with the reason.
 * https://github.com/distribution/reference/blob/main/reference.go
 */

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

/** The name as users write it (`ghcr.io/o/app`, `nginx` for Docker Hub's library). */
export function imageName(ref: Pick<ImageRef, 'registry' | 'repository'>): string {
  if (ref.registry === 'docker.io') {
    return ref.repository.startsWith('library/')
      ? ref.repository.slice('library/'.length)
      : `docker.io/${ref.repository}`
  }
  return `${ref.registry}/${ref.repository}`
}
