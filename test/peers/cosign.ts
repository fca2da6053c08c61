/**
 * The stand-in cosign (test/peers/bin/cosign.ts) and the stand-in of sigstore/cosign-installer
 * that installs it: the installer writes the sh wrapper into its install-dir (default
 * `$HOME/.cosign`, expanded as the action's envsubst does) and adds that directory to PATH, as its
 * action.yml at the pinned commit does. The wrapper bakes in the state directory where the
 * stand-in records its calls and the signatures it made.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { StepFailure, type StepIO } from './workflow/stand-in.ts'

const COSIGN_TS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bin', 'cosign.ts')

export interface CosignPeer {
  /** Where the stand-in records its calls (calls.jsonl) and signatures (signatures.jsonl). */
  stateDir: string
  node: string
}

export function writeCosignStandIn(dir: string, peer: CosignPeer): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  mkdirSync(dir, { recursive: true })
  mkdirSync(peer.stateDir, { recursive: true })
  const file = path.join(dir, 'cosign')
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      '# cosign: the stand-in of the release-actions tests (test/peers/bin/cosign.ts).',
      `RA_COSIGN_STATE=${q(peer.stateDir)}`,
      'export RA_COSIGN_STATE',
      `exec ${q(peer.node)} ${q(COSIGN_TS)} "$@"`,
      '',
    ].join('\n'),
  )
  chmodSync(file, 0o755)
  return file
}

/** Every cosign call so far, each its argv. */
export function cosignCalls(peer: CosignPeer): string[][] {
  const file = path.join(peer.stateDir, 'calls.jsonl')
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(l => JSON.parse(l) as string[])
}

/** sigstore/cosign-installer: cosign into install-dir, which goes onto PATH. */
export function cosignInstaller(io: StepIO, peer: CosignPeer): void {
  if (!/^v[2-9]\d*\.\d+\.\d+$|^main$/.test(io.inputs['cosign-release'] ?? ''))
    throw new StepFailure(
      `cosign-installer: unsupported cosign-release ${io.inputs['cosign-release']}`,
    )
  // envsubst: $VAR and ${VAR} from the step's environment.
  const dir = (io.inputs['install-dir'] ?? '').replace(
    /\$(?:\{(\w+)\}|(\w+))/g,
    (_, a: string | undefined, b: string | undefined) => io.env[(a ?? b) as string] ?? '',
  )
  if (!path.isAbsolute(dir))
    throw new StepFailure(`cosign-installer: install-dir ${dir} is not absolute`)
  writeCosignStandIn(dir, peer)
  io.log(`INFO: Installing cosign ${io.inputs['cosign-release']} into ${dir}`)
  io.addPath(dir)
}
