/**
 * The npm package of the CLI (`npm run pack`, and the self-release): the package.json fields a
 * user's install reads (name, version, bin, engines, files, …) without dependencies, scripts or
 * devDependencies (the bundle carries every package it runs; the repository's dependencies stay
 * what the SBOM of the bundles lists), and the files that `files` names (dist/cli/,
 * dist/shared/, LICENSE and README.md), staged in a temporary folder and packed there by
 * `npm pack`. Prints the tarball's path; `--json` prints npm's report of it.
 *
 *   node scripts/pack.ts [--out DIR] [--json]
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { exec } from '../packages/process/index.ts'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The fields of package.json the published manifest keeps, in this order. */
const KEPT = [
  'name',
  'version',
  'description',
  'license',
  'keywords',
  'homepage',
  'bugs',
  'repository',
  'type',
  'engines',
  'bin',
  'files',
  'publishConfig',
] as const

export interface PackedFile {
  path: string
  size: number
}

export interface Packed {
  /** The tarball written. */
  file: string
  name: string
  version: string
  /** sha512-<base64>, as the registry records it. */
  integrity: string
  files: PackedFile[]
}

/** The published manifest: the kept fields of the repository's package.json. */
export function publishedManifest(pkg: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of KEPT) if (pkg[key] !== undefined) out[key] = pkg[key]
  return out
}

/** Stage and pack the CLI into `outDir`. */
export async function packCli(outDir: string): Promise<Packed> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  const files = pkg.files
  if (!Array.isArray(files) || files.some(f => typeof f !== 'string'))
    throw new Error('package.json: files must be a list of paths')
  const stage = mkdtempSync(path.join(os.tmpdir(), 'ra-pack-'))
  try {
    writeFileSync(
      path.join(stage, 'package.json'),
      `${JSON.stringify(publishedManifest(pkg), null, 2)}\n`,
    )
    for (const entry of files as string[])
      cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true })
    mkdirSync(outDir, { recursive: true })
    const { stdout } = await exec(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', path.resolve(outDir)],
      { cwd: stage, env: { ...process.env, npm_config_update_notifier: 'false' } },
    )
    const [report] = JSON.parse(stdout) as {
      filename: string
      name: string
      version: string
      integrity: string
      files: PackedFile[]
    }[]
    if (!report) throw new Error('npm pack reported no package')
    return {
      file: path.join(path.resolve(outDir), report.filename),
      name: report.name,
      version: report.version,
      integrity: report.integrity,
      files: report.files.map(f => ({ path: f.path, size: f.size })),
    }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--out')
  const packed = await packCli(at === -1 ? root : (args[at + 1] ?? root))
  process.stdout.write(
    args.includes('--json') ? `${JSON.stringify(packed, null, 2)}\n` : `${packed.file}\n`,
  )
}
