/**
 * The one rule of where plain HTTP is allowed: a host on this machine (127.0.0.0/8, ::1,
 * localhost). Everything else that carries a token or credentials (the GitHub API, a registry,
 * a registry's token service) is reached over https only.
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
