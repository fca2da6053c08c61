/**
 * A stand-in `goreleaser` (run by Node 24 type stripping through an sh wrapper, writeGoReleaserStandIn):
 * `goreleaser release --clean --skip=publish` as the release pipeline's documented build-command
 * form runs it, writing GoReleaser's documented dist/ layout (https://goreleaser.com/customization/artifacts):
 * per target a binary in dist/<build>_<goos>_<goarch>/, an archive named by GoReleaser's default
 * name template `{{ .ProjectName }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}` (tar.gz; zip for windows
 * through `format_overrides`), the checksums file `{{ .ProjectName }}_{{ .Version }}_checksums.txt`
 * (GoReleaser's default), and dist/artifacts.json with the fields name, path, goos, goarch, target,
 * type ("Binary", "Archive", "Checksum") and extra. Archives are made by the system's tar and
 * python3 zipfile, not by the code under test. The version is the current tag without its `v`.
 *
 * Read from .goreleaser.yaml: project_name, builds[0].binary, builds[0].goos, builds[0].goarch.
 * Refused as GoReleaser refuses them: a release that would publish, a dist/ not empty without --clean.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const args = process.argv.slice(2)
function fail(message: string): never {
  process.stderr.write(`  ⨯ release failed after 0s  error=${message}\n`)
  process.exit(1)
}
if (args[0] !== 'release')
  fail(`the stand-in goreleaser runs only 'release', not ${JSON.stringify(args[0])}`)
const skips = args.flatMap((a, i) =>
  a.startsWith('--skip=')
    ? a.slice(7).split(',')
    : a === '--skip'
      ? (args[i + 1] ?? '').split(',')
      : [],
)
if (!skips.includes('publish')) fail('missing GITHUB_TOKEN, GITLAB_TOKEN and GITEA_TOKEN')
const dist = 'dist'
if (args.includes('--clean')) rmSync(dist, { recursive: true, force: true })
else if (existsSync(dist) && readdirSync(dist).length > 0)
  fail('./dist is not empty, remove it before running goreleaser or use the --clean flag')

interface Config {
  project_name?: string
  builds?: { id?: string; binary?: string; goos?: string[]; goarch?: string[] }[]
}
const config = (
  existsSync('.goreleaser.yaml') ? parse(readFileSync('.goreleaser.yaml', 'utf8')) : {}
) as Config
const project = config.project_name ?? path.basename(process.cwd())
const build = config.builds?.[0] ?? {}
const binary = build.binary ?? project
const id = build.id ?? project
const tag = execFileSync('git', ['describe', '--tags', '--abbrev=0'], { encoding: 'utf8' }).trim()
const version = tag.replace(/^v/, '')

const artifacts: Record<string, unknown>[] = []
const sums: string[] = []
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
for (const goos of build.goos ?? ['linux', 'darwin']) {
  for (const goarch of build.goarch ?? ['amd64', 'arm64']) {
    const target = goarch === 'amd64' ? `${goos}_${goarch}_v1` : `${goos}_${goarch}`
    const dir = path.join(dist, `${id}_${target}`)
    const exe = goos === 'windows' ? `${binary}.exe` : binary
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, exe), `${binary} ${version} ${goos}/${goarch}\n`)
    chmodSync(path.join(dir, exe), 0o755)
    artifacts.push({
      name: exe,
      path: path.join(dir, exe),
      goos,
      goarch,
      target,
      type: 'Binary',
      extra: { Binary: binary, ID: id },
    })
    const format = goos === 'windows' ? 'zip' : 'tar.gz'
    const name = `${project}_${version}_${goos}_${goarch}.${format}`
    const file = path.join(dist, name)
    if (format === 'zip')
      execFileSync('python3', ['-m', 'zipfile', '-c', file, path.join(dir, exe)])
    else execFileSync('tar', ['-czf', file, '-C', dir, exe])
    artifacts.push({
      name,
      path: file,
      goos,
      goarch,
      target,
      type: 'Archive',
      extra: { Format: format, ID: 'default' },
    })
    sums.push(`${sha256(file)}  ${name}`)
  }
}
const checksums = `${project}_${version}_checksums.txt`
writeFileSync(path.join(dist, checksums), `${sums.sort().join('\n')}\n`)
artifacts.push({ name: checksums, path: path.join(dist, checksums), type: 'Checksum', extra: {} })
writeFileSync(path.join(dist, 'artifacts.json'), JSON.stringify(artifacts))
process.stdout.write(`  • release succeeded after 0s\n`)
