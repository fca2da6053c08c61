/**
 * Writes the stand-in `gh` (test/peers/bin/gh.ts, `gh attestation verify`) into a directory the
 * runner puts on PATH: an sh wrapper that runs it with Node 24 (type stripping). The local API and
 * the trusted root, when given, are baked into the wrapper (RA_GH_API_URL,
 * RA_SIGSTORE_TRUSTED_ROOT), so a step's environment cannot point gh elsewhere; without them the
 * stand-in reads those variables (or GITHUB_API_URL) from its environment.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const GH_TS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin', 'gh.ts')

export function writeGhStandIn(
  dir: string,
  peers: { api?: { url: string }; sigstore?: { trustedRootPath: string } } = {},
  { node = process.execPath }: { node?: string } = {},
): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'gh')
  const baked: string[] = []
  if (peers.api) baked.push(`RA_GH_API_URL=${q(peers.api.url)}`, 'export RA_GH_API_URL')
  if (peers.sigstore)
    baked.push(
      `RA_SIGSTORE_TRUSTED_ROOT=${q(peers.sigstore.trustedRootPath)}`,
      'export RA_SIGSTORE_TRUSTED_ROOT',
    )
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      '# GitHub CLI: the stand-in gh of the release-actions tests (test/peers/bin/gh.ts).',
      ...baked,
      `exec ${q(node)} ${q(GH_TS)} "$@"`,
      '',
    ].join('\n'),
  )
  chmodSync(file, 0o755)
  return file
}
