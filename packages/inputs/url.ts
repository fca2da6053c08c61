/**
 * The one rule of where plain HTTP is allowed: a host on this machine (127.0.0.0/8, ::1,
 * localhost). Everything else that carries a token or credentials (the GitHub API, a registry,
 * a registry's token service) is reached over https only. And the one reader of a URL written in
 * an input (urlProblem, behind Inputs.url and Inputs.repositoryUrl): a service the token is sent
 * to, or a repository's web address that links point at.
 */

/** A loopback host as URL.hostname spells it: 127.0.0.0/8, [::1] (or ::1), localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/** https, or http to a loopback host (parsed, so 2130706433 and 0x7f.1 count as 127.0.0.1). */
export function isSecureUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
}

/**
 * Where a URL input may use plain http: `loopback` (a service the token is sent to: only this
 * machine) or `anywhere` (a web address that is only linked to, such as a repository's).
 */
export type PlainHttp = 'loopback' | 'anywhere'

/**
 * Why `value` is not a URL an input may hold, or undefined: http(s) (plain http as `plainHttp`
 * allows), without credentials, query or fragment, and without whitespace or control characters
 * anywhere (the URL parser drops tabs and newlines, so a value with them is not the URL it reads).
 */
export function urlProblem(value: string, plainHttp: PlainHttp = 'loopback'): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'is not a URL'
  }
  if (/[\s\p{Cc}]/u.test(value)) return 'contains whitespace or a control character'
  const http =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && (plainHttp === 'anywhere' || isLoopbackHost(url.hostname)))
  if (!http)
    return plainHttp === 'anywhere'
      ? 'is not an http(s) URL'
      : 'is not https (plain http only to this machine)'
  if (url.username || url.password) return 'has credentials'
  if (url.search) return 'has a query'
  if (url.hash) return 'has a fragment'
  return undefined
}
