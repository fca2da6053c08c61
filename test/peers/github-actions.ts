/**
 * Stand-ins of GitHub's own actions, each doing what its action.yml (at the pinned commit, see
 * test/fixtures/pinned-action-contracts.json) and its source say, against local peers:
 * actions/checkout (a real clone of the repository's local bare origin), upload-artifact and
 * download-artifact (the run's artifact store: names, `pattern`, `merge-multiple`, hidden files,
 * `if-no-files-found`, conflicts), setup-node (a Node of the asked major on PATH), and
 * anchore/sbom-action (an SPDX 2.3 document of what it scans).
 */
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { exec } from '../../packages/process/index.ts'
import { globToRegExp } from '../../packages/glob/index.ts'
import { commonRoot, globFiles } from './workflow/glob.ts'
import type { RunContext } from './workflow/runner.ts'
import { StepFailure, type StepIO } from './workflow/stand-in.ts'

const bool = (v: string | undefined) => (v ?? '').trim().toLowerCase() === 'true'

async function git(cwd: string, env: Record<string, string>, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env })
  return stdout.trim()
}

/** actions/checkout: the repository at `ref`, `fetch-depth` commits deep (0: all branches and tags). */
export async function checkout(io: StepIO, run: RunContext): Promise<void> {
  const repository = io.inputs.repository || String(io.github.repository)
  const dest = path.resolve(io.workspace, io.inputs.path ?? '')
  if (!(dest === io.workspace || dest.startsWith(`${io.workspace}/`)))
    throw new StepFailure(`Repository path '${dest}' is not under '${io.workspace}'`)
  const origin = run.world.origin(repository)
  const url = `file://${origin}`
  const depth = Number(io.inputs['fetch-depth'] ?? '1')
  if (!Number.isInteger(depth) || depth < 0)
    throw new StepFailure(`The input 'fetch-depth' must be a number >= 0`)
  // The ref: the event's ref and sha for the repository that triggered the run, else the default branch.
  let ref = io.inputs.ref ?? ''
  let sha = ''
  if (!ref && repository === String(io.github.repository)) {
    ref = String(io.github.ref)
    sha = String(io.github.sha)
  }
  const env = { ...io.env, GIT_TERMINAL_PROMPT: '0' }
  const remote = async (...args: string[]) =>
    (await exec('git', ['--git-dir', origin, ...args], { env, okCodes: [0, 1, 128] })).stdout.trim()
  if (!ref) ref = `refs/heads/${run.world.settings(repository).defaultBranch}`
  // A short name is a branch if one exists, else a tag (as checkout resolves it); else a sha.
  if (!ref.startsWith('refs/') && !/^[0-9a-f]{40}$/.test(ref)) {
    if (await remote('rev-parse', '--verify', '--quiet', `refs/heads/${ref}`))
      ref = `refs/heads/${ref}`
    else if (await remote('rev-parse', '--verify', '--quiet', `refs/tags/${ref}`))
      ref = `refs/tags/${ref}`
    else throw new StepFailure(`A branch or tag with the name '${ref}' could not be found`)
  }
  if (!sha) {
    sha = await remote('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
    if (!sha) throw new StepFailure(`A branch or tag with the name '${ref}' could not be found`)
  }
  mkdirSync(dest, { recursive: true })
  if (bool(io.inputs.clean ?? 'true') && existsSync(path.join(dest, '.git')))
    rmSync(dest, { recursive: true, force: true })
  mkdirSync(dest, { recursive: true })
  io.log(`Syncing repository: ${repository}`)
  await git(dest, env, 'init', '--quiet', dest)
  await git(dest, env, 'remote', 'add', 'origin', url)
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : []
  if (depth === 0) {
    await git(
      dest,
      env,
      'fetch',
      '--quiet',
      '--prune',
      '--no-recurse-submodules',
      'origin',
      '+refs/heads/*:refs/remotes/origin/*',
      '+refs/tags/*:refs/tags/*',
    )
  } else if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length)
    await git(
      dest,
      env,
      'fetch',
      '--quiet',
      '--no-tags',
      ...depthArgs,
      'origin',
      `+${ref}:refs/remotes/origin/${branch}`,
    )
  } else if (ref.startsWith('refs/tags/')) {
    await git(dest, env, 'fetch', '--quiet', '--no-tags', ...depthArgs, 'origin', `+${ref}:${ref}`)
  } else {
    await git(dest, env, 'fetch', '--quiet', '--no-tags', ...depthArgs, 'origin', ref)
  }
  if (bool(io.inputs['fetch-tags']) && depth > 0)
    await git(dest, env, 'fetch', '--quiet', ...depthArgs, 'origin', '+refs/tags/*:refs/tags/*')
  const sparse = (io.inputs['sparse-checkout'] ?? '')
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
  if (sparse.length) await git(dest, env, 'sparse-checkout', 'set', ...sparse)
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length)
    await git(
      dest,
      env,
      'checkout',
      '--quiet',
      '--force',
      '-B',
      branch,
      `refs/remotes/origin/${branch}`,
    )
  } else {
    await git(dest, env, 'checkout', '--quiet', '--force', '--detach', sha)
  }
  const head = await git(dest, env, 'rev-parse', 'HEAD')
  if (head !== sha) throw new StepFailure(`checked out ${head}, expected ${sha}`)
  if (bool(io.inputs['persist-credentials'] ?? 'true')) {
    const basic = Buffer.from(`x-access-token:${io.inputs.token ?? ''}`).toString('base64')
    io.setSecret(basic)
    await git(
      dest,
      env,
      'config',
      '--local',
      `http.${String(io.github.server_url)}/.extraheader`,
      `AUTHORIZATION: basic ${basic}`,
    )
  }
  io.setOutput('ref', ref)
  io.setOutput('commit', head)
}

const INVALID_NAME = /["<>:|*?\r\n\\/]/

interface ArtifactMeta {
  id: number
  name: string
  digest: string
  files: number
}

let nextArtifactId = 9000

function artifactsOf(run: RunContext): ArtifactMeta[] {
  if (!existsSync(run.artifactsDir)) return []
  return readdirSync(run.artifactsDir)
    .filter(n => n.endsWith('.json'))
    .map(n => JSON.parse(readFileSync(path.join(run.artifactsDir, n), 'utf8')) as ArtifactMeta)
    .sort((a, b) => a.id - b.id)
}

/** actions/upload-artifact: the files `path` names, relative to their common root, under `name`. */
export function uploadArtifact(io: StepIO, run: RunContext): void {
  const name = io.inputs.name || 'artifact'
  if (INVALID_NAME.test(name))
    throw new StepFailure(
      `The artifact name is not valid: ${name}. Contains the following character:  ${INVALID_NAME.exec(name)?.[0] ?? ''}`,
    )
  const patterns = (io.inputs.path ?? '')
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
  if (patterns.length === 0) throw new StepFailure('Input required and not supplied: path')
  const hidden = bool(io.inputs['include-hidden-files'])
  const matched = globFiles(io.workspace, patterns).filter(f => statSync(f).isFile())
  // Hidden files and folders (a name starting with a dot) below the artifact's root are left out.
  const searchRoot = commonRoot(matched, patterns, io.workspace)
  const files = matched.filter(
    f =>
      hidden ||
      !path
        .relative(searchRoot, f)
        .split(path.sep)
        .some(s => s.startsWith('.')),
  )
  const mode = io.inputs['if-no-files-found'] || 'warn'
  const message = `No files were found with the provided path: ${patterns.join('\n')}. No artifacts will be uploaded.`
  if (files.length === 0) {
    if (mode === 'error') throw new StepFailure(message)
    if (mode === 'warn') io.warning(message)
    else io.log(message)
    return
  }
  if (io.inputs.archive === 'false' && files.length > 1)
    throw new StepFailure(
      `When 'archive' is set to false, only a single file can be uploaded. Found ${files.length} files to upload.`,
    )
  const existing = artifactsOf(run).find(a => a.name === name)
  if (existing && !bool(io.inputs.overwrite))
    throw new StepFailure(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    )
  const root = commonRoot(files, patterns, io.workspace)
  const dir = path.join(run.artifactsDir, name)
  rmSync(dir, { recursive: true, force: true })
  const hash = createHash('sha256')
  for (const f of files) {
    const rel = path.relative(root, f)
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    cpSync(f, path.join(dir, rel))
    hash.update(rel).update(readFileSync(f))
  }
  const meta: ArtifactMeta = {
    id: nextArtifactId++,
    name,
    digest: hash.digest('hex'),
    files: files.length,
  }
  writeFileSync(path.join(run.artifactsDir, `${name}.json`), JSON.stringify(meta))
  io.log(
    `With the provided path, there will be ${files.length} file${files.length === 1 ? '' : 's'} uploaded`,
  )
  io.setOutput('artifact-id', String(meta.id))
  io.setOutput(
    'artifact-url',
    `${String(io.github.server_url)}/${String(io.github.repository)}/actions/runs/${run.runId}/artifacts/${meta.id}`,
  )
  io.setOutput('artifact-digest', meta.digest)
}

/** actions/download-artifact: one artifact by name, or every one `pattern` matches (each in its own directory unless merged). */
export function downloadArtifact(io: StepIO, run: RunContext): void {
  let target = io.inputs.path || io.workspace
  if (target.startsWith('~')) target = target.replace('~', io.env.HOME ?? '')
  target = path.resolve(io.workspace, target)
  const name = io.inputs.name ?? ''
  if (name && io.inputs['artifact-ids'])
    throw new StepFailure(
      `Inputs 'name' and 'artifact-ids' cannot be used together. Please specify only one.`,
    )
  let chosen = artifactsOf(run)
  if (name) {
    chosen = chosen.filter(a => a.name === name)
    if (chosen.length === 0) throw new StepFailure(`Artifact '${name}' not found`)
  } else if (io.inputs.pattern) {
    const re = globToRegExp(io.inputs.pattern)
    chosen = chosen.filter(a => re.test(a.name))
  }
  const merge = bool(io.inputs['merge-multiple'])
  for (const a of chosen) {
    const into = name || merge || chosen.length === 1 ? target : path.join(target, a.name)
    mkdirSync(into, { recursive: true })
    // Files of the same name overwrite each other when merged, as the real action does.
    cpSync(path.join(run.artifactsDir, a.name), into, { recursive: true, force: true })
    io.log(`Artifact download completed successfully: ${a.name} (${a.files} files)`)
  }
  io.log(`Total of ${chosen.length} artifact(s) downloaded`)
  io.setOutput('download-path', target)
}

/** actions/setup-node: the asked Node major on PATH (the machine's Node 24 for 24, its system Node otherwise). */
export async function setupNode(io: StepIO, run: RunContext): Promise<void> {
  const asked = (io.inputs['node-version'] ?? '').trim().replace(/^v/, '')
  if (!asked) {
    io.warning(
      'Neither node-version nor node-version-file was specified; using the Node.js on PATH',
    )
    return
  }
  const major = asked.split('.')[0] ?? ''
  if (major !== '24') throw new StepFailure(`the test machine provides Node 24 only, not ${asked}`)
  const bin = path.join(io.runnerTemp, 'setup-node', 'bin')
  mkdirSync(bin, { recursive: true })
  if (!existsSync(path.join(bin, 'node'))) symlinkSync(run.world.node24, path.join(bin, 'node'))
  io.addPath(bin)
  const { stdout } = await exec(run.world.node24, ['--version'])
  io.setOutput('node-version', stdout.trim())
  io.setOutput('cache-hit', 'false')
}

/** anchore/sbom-action: an SPDX 2.3 JSON document of the directory (its npm lockfile) or of the image. */
export function sbomAction(io: StepIO): void {
  const format = io.inputs.format || 'spdx-json'
  if (format !== 'spdx-json')
    throw new StepFailure(`the stand-in writes spdx-json only, not ${format}`)
  const image = io.inputs.image ?? ''
  const scanPath = io.inputs.path ?? ''
  const file = io.inputs.file ?? ''
  if (!image && !scanPath && !file) throw new StepFailure('One of image, path or file is required')
  const subject = image || file || scanPath
  const packages: Record<string, unknown>[] = [
    {
      SPDXID: 'SPDXRef-DocumentRoot',
      name: subject,
      versionInfo: '',
      downloadLocation: 'NOASSERTION',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
    },
  ]
  if (!image) {
    const lock = path.join(path.resolve(io.workspace, scanPath || '.'), 'package-lock.json')
    if (existsSync(lock)) {
      const doc = JSON.parse(readFileSync(lock, 'utf8')) as {
        packages?: Record<string, { version?: string; license?: string }>
      }
      for (const [where, p] of Object.entries(doc.packages ?? {})) {
        if (!where.startsWith('node_modules/')) continue
        const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)
        packages.push({
          SPDXID: `SPDXRef-Package-npm-${name.replace(/[^A-Za-z0-9.-]/g, '-')}-${packages.length}`,
          name,
          versionInfo: p.version ?? '',
          downloadLocation: 'NOASSERTION',
          licenseConcluded: p.license ?? 'NOASSERTION',
          licenseDeclared: p.license ?? 'NOASSERTION',
          copyrightText: 'NOASSERTION',
          externalRefs: [
            {
              referenceCategory: 'PACKAGE-MANAGER',
              referenceType: 'purl',
              referenceLocator: `pkg:npm/${name}@${p.version ?? ''}`,
            },
          ],
        })
      }
    }
  }
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: subject,
    documentNamespace: `https://anchore.com/syft/${image ? 'image' : 'dir'}/${encodeURIComponent(subject)}-${Date.now()}`,
    creationInfo: {
      created: new Date().toISOString(),
      creators: ['Organization: Anchore, Inc', 'Tool: syft-stand-in'],
    },
    packages,
    relationships: [
      {
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: 'SPDXRef-DocumentRoot',
      },
    ],
  }
  const output = io.inputs['output-file']
    ? path.resolve(io.workspace, io.inputs['output-file'])
    : path.join(io.runnerTemp, 'sbom.spdx.json')
  mkdirSync(path.dirname(output), { recursive: true })
  writeFileSync(output, JSON.stringify(doc, null, 2))
  io.log(`SBOM of ${subject}: ${packages.length - 1} packages, written to ${output}`)
}
