/**
 * Stand-ins of the docker actions the workflows pin: docker/login-action (v4.1.0),
 * docker/setup-qemu-action (v4.2.0), docker/setup-buildx-action (v4.3.0) and
 * docker/build-push-action (v7.3.0), read from their action.yml and src/ at the pinned commits
 * (and buildx/buildkit for what the build does). No docker engine: the build is a small, honest
 * Dockerfile interpreter that writes real OCI images (config, gzipped layer tars, manifests, an
 * index for several platforms or attestations) and pushes them with the distribution API to the
 * local registries of the tests, with the credentials docker login wrote to the docker config.
 *
 * What is modelled rather than real: base images are not pulled (any base, `scratch` or not, is
 * an empty rootfs with buildkit's empty-image config), RUN is recorded in the history but not
 * executed, QEMU and builders are state of the job's "machine" (keyed by RUNNER_TEMP), and the
 * provenance/SBOM attestations are structurally buildkit's but with modelled predicates.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { parse as parseYaml } from 'yaml'
import {
  RegistryHttpError,
  RegistrySession,
  statusLine,
  type DescriptorJson,
} from './registry-tools.ts'
import { StepFailure, type StepIO } from './workflow/stand-in.ts'

// ---------------------------------------------------------------------------------------------
// Options shared by the stand-ins

export interface ContainerPeerOptions {
  /**
   * Registry names as workflows write them → where they are on this machine
   * (`{ 'ghcr.io': '127.0.0.1:5123' }`), as /etc/hosts plus an insecure-registry entry would.
   * Names are kept as written in the docker config, image names and metadata.
   */
  hosts?: Record<string, string>
  /** First backoff of buildkit's retry of a failed push request, ms (1000: doubling, 4 tries). */
  retryBackoffMs?: number
}

// ---------------------------------------------------------------------------------------------
// Inputs, as @actions/core and @docker/actions-toolkit read them

const DEFAULTS: Record<string, Record<string, string>> = {
  login: { logout: 'true' },
  qemu: {
    image: 'docker.io/tonistiigi/binfmt:latest',
    platforms: 'all',
    reset: 'false',
    'cache-image': 'true',
  },
  buildx: {
    driver: 'docker-container',
    use: 'true',
    'keep-state': 'false',
    'cache-binary': 'true',
    cleanup: 'true',
  },
  build: { load: 'false', 'no-cache': 'false', pull: 'false', push: 'false' },
}

type Action = keyof typeof DEFAULTS

function rawInput(io: StepIO, action: Action, name: string): string {
  return io.inputs[name] ?? DEFAULTS[action]?.[name] ?? ''
}

/** core.getInput: trimmed (only ASCII whitespace matters here). */
function getInput(io: StepIO, action: Action, name: string, trim = true): string {
  const v = rawInput(io, action, name)
  return trim ? v.trim() : v
}

/** core.getBooleanInput: the YAML 1.2 core schema booleans, anything else fails the step. */
function getBooleanInput(io: StepIO, action: Action, name: string): boolean {
  const v = getInput(io, action, name)
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new StepFailure(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
  )
}

/** csv-parse as the toolkit calls it: relax_quotes, relax_column_count, skip_empty_lines. */
function parseCsv(input: string, quote: boolean): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let inQuotes = false
  let lineEmpty = true
  const endRecord = () => {
    if (!(lineEmpty && record.length === 0 && field === '' && !quoted)) {
      record.push(field)
      records.push(record)
    }
    record = []
    field = ''
    quoted = false
    lineEmpty = true
  }
  for (let i = 0; i < input.length; i++) {
    const c = input[i] ?? ''
    if (inQuotes) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else inQuotes = false
      } else field += c
      continue
    }
    if (c === '"' && quote && field === '' && !quoted) {
      inQuotes = true
      quoted = true
      lineEmpty = false
      continue
    }
    if (c === ',') {
      record.push(field)
      field = ''
      quoted = false
      lineEmpty = false
      continue
    }
    if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++
      endRecord()
      continue
    }
    field += c
    lineEmpty = false
  }
  endRecord()
  return records
}

interface ListOpts {
  ignoreComma?: boolean
  quote?: boolean
  trimWhitespace?: boolean
}

/** Util.getList of @docker/actions-toolkit. */
export function getList(input: string, opts: ListOpts = {}): string[] {
  if (input === '') return []
  const res: string[] = []
  for (const record of parseCsv(input, opts.quote !== false)) {
    if (record.length === 1) {
      if (opts.ignoreComma) res.push(record[0] ?? '')
      else res.push(...(record[0] ?? '').split(','))
    } else if (!opts.ignoreComma) res.push(...record)
    else res.push(record.join(','))
  }
  return res.filter(item => item).map(item => (opts.trimWhitespace === false ? item : item.trim()))
}

function getInputList(io: StepIO, action: Action, name: string, opts: ListOpts = {}): string[] {
  return getList(getInput(io, action, name, opts.trimWhitespace !== false), opts)
}

/** Util.parseBool. */
function parseBool(v: string): boolean {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) return false
  throw new Error(`parseBool syntax error: ${v}`)
}

// ---------------------------------------------------------------------------------------------
// The job's machine: binfmt emulators and buildx builders live as long as the job (its RUNNER_TEMP)

interface NodeInfo {
  name: string
  endpoint: string
  'driver-opts'?: string[]
  status: string
  'buildkitd-flags'?: string
  buildkit: string
  platforms: string
}

interface Builder {
  name: string
  driver: 'docker' | 'docker-container'
  nodes: NodeInfo[]
}

interface Machine {
  emulators: Set<string>
  builders: Map<string, Builder>
  current: string
  /** Builders setup-buildx created, for its post steps (which run in reverse order). */
  created: string[]
}

const machines = new Map<string, Machine>()

const BUILDKIT_VERSION = 'v0.27.1'
const MOBY_BUILDKIT_VERSION = 'v0.23.2'
const NATIVE = ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3']
/** binfmt's emulators, in the order binfmt and buildkit list them. */
const EMULATORS: [string, string[]][] = [
  ['arm64', ['linux/arm64']],
  ['riscv64', ['linux/riscv64']],
  ['ppc64le', ['linux/ppc64le']],
  ['s390x', ['linux/s390x']],
  ['386', ['linux/386']],
  ['mips64le', ['linux/mips64le']],
  ['mips64', ['linux/mips64']],
  ['loong64', ['linux/loong64']],
  ['arm', ['linux/arm/v7', 'linux/arm/v6']],
]

function machineOf(io: StepIO): Machine {
  let m = machines.get(io.runnerTemp)
  if (!m) {
    m = { emulators: new Set(), builders: new Map(), current: 'default', created: [] }
    m.builders.set('default', {
      name: 'default',
      driver: 'docker',
      nodes: [
        {
          name: 'default',
          endpoint: 'default',
          status: 'running',
          buildkit: `${MOBY_BUILDKIT_VERSION}-moby`,
          platforms: '',
        },
      ],
    })
    machines.set(io.runnerTemp, m)
  }
  return m
}

/** What the machine can run: native platforms, 386 (the kernel runs it), installed emulators. */
function machinePlatforms(m: Machine): string[] {
  const out = [...NATIVE]
  for (const [name, platforms] of EMULATORS)
    if (name === '386' || m.emulators.has(name)) out.push(...platforms)
  return out
}

// ---------------------------------------------------------------------------------------------
// Registries: names, endpoints, the docker config

function isLocalHost(host: string): boolean {
  const bare = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare)
}

/** The base URL of a registry name, through the hosts map; only this machine's are reachable. */
function endpointOf(registry: string, options: ContainerPeerOptions): string {
  const name = registry === 'docker.io' ? 'registry-1.docker.io' : registry
  const mapped = options.hosts?.[registry] ?? options.hosts?.[name] ?? name
  if (!isLocalHost(mapped))
    throw new StepFailure(
      `the docker stand-ins reach only registries on this machine; ${registry} is not mapped to one (ContainerPeerOptions.hosts)`,
    )
  return `http://${mapped}`
}

function dockerConfigDir(io: StepIO): string {
  return io.env.DOCKER_CONFIG || path.join(io.env.HOME || '', '.docker')
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>
  [key: string]: unknown
}

function readDockerConfig(dir: string): DockerConfigFile {
  const file = path.join(dir, 'config.json')
  if (!existsSync(file)) return {}
  const text = readFileSync(file, 'utf8')
  if (!text.trim()) return {}
  return JSON.parse(text) as DockerConfigFile
}

function writeDockerConfig(dir: string, config: DockerConfigFile): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'config.json'), `${JSON.stringify(config, null, '\t')}\n`, {
    mode: 0o600,
  })
}

/** The key docker login stores a registry under (Docker Hub is its v1 index URL). */
function configKey(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io'
    ? 'https://index.docker.io/v1/'
    : registry
}

function credentialsFor(
  io: StepIO,
  registry: string,
): { username?: string; password?: string } | undefined {
  const auths = readDockerConfig(dockerConfigDir(io)).auths ?? {}
  const key = configKey(registry)
  const entry =
    auths[key] ?? auths[`https://${key}`] ?? auths[`http://${key}`] ?? auths[`${key}/`] ?? undefined
  if (!entry?.auth) return undefined
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
  const i = decoded.indexOf(':')
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) }
}

// ---------------------------------------------------------------------------------------------
// docker/login-action

interface LoginAuth {
  registry: string
  username: string
  password: string
  scope: string
  ecr: string
}

function loginAuths(io: StepIO): { auths: LoginAuth[]; logout: boolean } {
  const inputs = {
    registry: getInput(io, 'login', 'registry'),
    username: getInput(io, 'login', 'username'),
    password: getInput(io, 'login', 'password'),
    scope: getInput(io, 'login', 'scope'),
    ecr: getInput(io, 'login', 'ecr'),
    logout: getBooleanInput(io, 'login', 'logout'),
    registryAuth: getInput(io, 'login', 'registry-auth'),
  }
  if (
    inputs.registryAuth &&
    (inputs.registry || inputs.username || inputs.password || inputs.scope || inputs.ecr)
  )
    throw new StepFailure('Cannot use registry-auth with other inputs')
  let auths: LoginAuth[]
  if (!inputs.registryAuth) {
    auths = [
      {
        registry: inputs.registry || 'docker.io',
        username: inputs.username,
        password: inputs.password,
        scope: inputs.scope,
        ecr: inputs.ecr || 'auto',
      },
    ]
  } else {
    const loaded = parseYaml(inputs.registryAuth) as Partial<LoginAuth>[] | null
    auths = (loaded ?? []).map(a => {
      if (a.password) io.setSecret(String(a.password))
      return {
        registry: a.registry || 'docker.io',
        username: String(a.username ?? ''),
        password: String(a.password ?? ''),
        scope: String(a.scope ?? ''),
        ecr: a.ecr || 'auto',
      }
    })
  }
  if (auths.length === 0) throw new StepFailure('No registry to login')
  return { auths, logout: inputs.logout }
}

function isECR(registry: string): boolean {
  return (
    /^(([0-9]{12})\.(dkr\.ecr|dkr-ecr)\.(.+)\.(on\.aws|amazonaws\.com(\.cn)?))(\/([^:]+)(:.+)?)?$/.test(
      registry,
    ) || /public\.ecr\.aws|ecr-public\.aws\.com/.test(registry)
  )
}

/**
 * What the docker daemon's login does: GET /v2/, then the answer to its challenge (Basic
 * credentials, or a token from the realm for Bearer), and GET /v2/ again.
 */
async function daemonLogin(endpoint: string, username: string, password: string): Promise<void> {
  const url = `${endpoint}/v2/`
  const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  let probe: Response
  try {
    probe = await fetch(url)
  } catch (e) {
    const host = new URL(endpoint).host
    const cause = (e as { cause?: { code?: string } }).cause?.code
    throw new StepFailure(
      `Error response from daemon: Get "${url}": dial tcp ${host}: connect: ${cause === 'ECONNREFUSED' ? 'connection refused' : String(cause ?? e)}`,
    )
  }
  await probe.body?.cancel()
  if (probe.status === 200) return
  const challenge = probe.headers.get('www-authenticate') ?? ''
  if (probe.status === 401 && /^\s*bearer/i.test(challenge)) {
    const realm = /realm="([^"]+)"/i.exec(challenge)?.[1] ?? ''
    const service = /service="([^"]+)"/i.exec(challenge)?.[1]
    const tokenUrl = new URL(realm)
    tokenUrl.searchParams.set('account', username)
    tokenUrl.searchParams.set('client_id', 'docker')
    tokenUrl.searchParams.set('offline_token', 'true')
    if (service) tokenUrl.searchParams.set('service', service)
    const t = await fetch(tokenUrl, { headers: { Authorization: basic } })
    const text = await t.text()
    if (t.status !== 200) {
      let detail = `unexpected status: ${statusLine(t.status)}`
      try {
        const errors = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] })
          .errors
        const first = errors?.[0]
        if (errors?.length === 1 && first)
          detail = `${(first.code ?? 'unknown').toLowerCase()}: ${first.message ?? ''}`
      } catch {
        // not a distribution error body
      }
      throw new StepFailure(`Error response from daemon: Get "${url}": ${detail}`)
    }
    const { token, access_token } = JSON.parse(text) as { token?: string; access_token?: string }
    const check = await fetch(url, {
      headers: { Authorization: `Bearer ${token ?? access_token}` },
    })
    await check.body?.cancel()
    if (check.status === 200) return
    throw new StepFailure(
      `Error response from daemon: login attempt to ${url} failed with status: ${statusLine(check.status)}`,
    )
  }
  const check = await fetch(url, { headers: { Authorization: basic } })
  await check.body?.cancel()
  if (check.status === 200) return
  throw new StepFailure(
    `Error response from daemon: login attempt to ${url} failed with status: ${statusLine(check.status)}`,
  )
}

/** docker/login-action: checks credentials as `docker login` does, stores them in the docker config. */
export async function dockerLogin(io: StepIO, options: ContainerPeerOptions = {}): Promise<void> {
  const { auths } = loginAuths(io)
  for (const auth of auths) {
    if (/true/i.test(auth.ecr) || (auth.ecr === 'auto' && isECR(auth.registry)))
      throw new StepFailure(`the login stand-in does not model ECR (${auth.registry})`)
    if (auth.scope)
      throw new StepFailure('the login stand-in does not model scoped credentials (scope)')
    if (!auth.username && !auth.password) throw new StepFailure('Username and password required')
    if (!auth.username) throw new StepFailure('Username required')
    if (!auth.password) throw new StepFailure('Password required')
    io.setSecret(auth.password)
    if (auths.length > 1) io.log(`Login to ${auth.registry}`)
    io.log(`Logging into ${auth.registry}...`)
    await daemonLogin(endpointOf(auth.registry, options), auth.username, auth.password)
    const dir = dockerConfigDir(io)
    const config = readDockerConfig(dir)
    config.auths = {
      ...config.auths,
      [configKey(auth.registry)]: {
        auth: Buffer.from(`${auth.username}:${auth.password}`).toString('base64'),
      },
    }
    writeDockerConfig(dir, config)
    io.log('Login Succeeded!')
  }
}

/** The post step of docker/login-action: `docker logout` of each registry when `logout` is true. */
export function dockerLoginPost(io: StepIO): Promise<void> {
  const { auths, logout } = loginAuths(io)
  if (!logout) return Promise.resolve()
  const dir = dockerConfigDir(io)
  const config = readDockerConfig(dir)
  for (const auth of auths) {
    io.log(`Logout from ${auth.registry}`)
    const key = configKey(auth.registry)
    if (config.auths?.[key]) {
      delete config.auths[key]
      io.log(`Removing login credentials for ${key}`)
    } else io.warning(`Not logged in to ${key}`)
  }
  writeDockerConfig(dir, config)
  return Promise.resolve()
}

// ---------------------------------------------------------------------------------------------
// docker/setup-qemu-action

/** docker/setup-qemu-action: "installs" binfmt emulators on the job's machine; sets `platforms`. */
export function setupQemu(io: StepIO): Promise<void> {
  const image = getInput(io, 'qemu', 'image') || 'docker.io/tonistiigi/binfmt:latest'
  const platforms = getInputList(io, 'qemu', 'platforms').join(',') || 'all'
  const reset = getBooleanInput(io, 'qemu', 'reset')
  getBooleanInput(io, 'qemu', 'cache-image')
  const m = machineOf(io)
  io.log(`Pulling binfmt Docker image ${image} (modelled: not pulled)`)
  if (reset) {
    io.log('Uninstalling current emulators')
    m.emulators.clear()
  }
  io.log(`Installing QEMU static binaries: ${platforms}`)
  for (const wanted of platforms.split(',').map(s => s.trim())) {
    if (wanted === 'all') {
      for (const [name] of EMULATORS) if (name !== '386') m.emulators.add(name)
      continue
    }
    const arch = wanted.replace(/^linux\//, '').split('/')[0] ?? ''
    const alias: Record<string, string> = { aarch64: 'arm64', armhf: 'arm', armel: 'arm' }
    const name = alias[arch] ?? arch
    if (EMULATORS.some(([n]) => n === name) && name !== '386') m.emulators.add(name)
  }
  const supported = machinePlatforms(m)
  io.log(supported.join(','))
  io.setOutput('platforms', supported.join(','))
  return Promise.resolve()
}

// ---------------------------------------------------------------------------------------------
// docker/setup-buildx-action

const DEFAULT_BUILDKITD_FLAGS =
  '--allow-insecure-entitlement security.insecure --allow-insecure-entitlement network.host'

/** docker/setup-buildx-action: creates (or reuses) a builder on the job's machine; outputs name, driver, platforms, nodes. */
export function setupBuildx(io: StepIO): Promise<void> {
  const driver = getInput(io, 'buildx', 'driver') || 'docker-container'
  const inputs = {
    version: getInput(io, 'buildx', 'version'),
    driverOpts: getInputList(io, 'buildx', 'driver-opts', { ignoreComma: true, quote: false }),
    buildkitdFlags: getInput(io, 'buildx', 'buildkitd-flags'),
    platforms: getInputList(io, 'buildx', 'platforms'),
    use: getBooleanInput(io, 'buildx', 'use'),
    endpoint: getInput(io, 'buildx', 'endpoint'),
    append: getInput(io, 'buildx', 'append'),
    keepState: getBooleanInput(io, 'buildx', 'keep-state'),
    cacheBinary: getBooleanInput(io, 'buildx', 'cache-binary'),
    cleanup: getBooleanInput(io, 'buildx', 'cleanup'),
  }
  const m = machineOf(io)
  const name =
    driver === 'docker' ? 'default' : getInput(io, 'buildx', 'name') || `builder-${randomUUID()}`
  if (inputs.keepState && driver !== 'docker-container')
    throw new StepFailure(`Cannot use keep-state with ${driver} driver`)
  if (driver !== 'docker' && driver !== 'docker-container')
    throw new StepFailure(
      `the buildx stand-in models the docker and docker-container drivers, not ${driver}`,
    )
  if (inputs.append)
    throw new StepFailure('the buildx stand-in does not model appended nodes (append)')
  if (inputs.version) io.log(`Buildx version ${inputs.version} (modelled: not downloaded)`)
  io.setOutput('name', name)

  const detected = machinePlatforms(m)
  if (driver === 'docker-container') {
    if (m.builders.has(name)) io.log(`Builder ${name} already exists, skipping creation`)
    else {
      const node: NodeInfo = {
        name: `${name}0`,
        endpoint: inputs.endpoint || 'unix:///var/run/docker.sock',
        ...(inputs.driverOpts.length > 0 ? { 'driver-opts': inputs.driverOpts } : {}),
        status: 'running',
        'buildkitd-flags': inputs.buildkitdFlags || DEFAULT_BUILDKITD_FLAGS,
        buildkit: BUILDKIT_VERSION,
        platforms: (inputs.platforms.length > 0 ? inputs.platforms : detected).join(','),
      }
      m.builders.set(name, { name, driver: 'docker-container', nodes: [node] })
      m.created.push(name)
      io.log(`Creating a new builder instance ${name}`)
    }
  }
  if (inputs.use || driver === 'docker') m.current = name
  const builder = m.builders.get(name)
  if (!builder) throw new StepFailure(`no builder "${name}" found`)
  const nodes = builder.nodes.map(n => (n.platforms ? n : { ...n, platforms: detected.join(',') }))
  const reduced: string[] = []
  for (const node of nodes)
    for (const p of node.platforms.split(',')) if (p && !reduced.includes(p)) reduced.push(p)
  io.setOutput('driver', builder.driver)
  io.setOutput('platforms', reduced.join(','))
  io.setOutput('nodes', JSON.stringify(nodes, undefined, 2))
  return Promise.resolve()
}

/**
 * The post step of docker/setup-buildx-action: removes the builder its main step created (the
 * latest one not yet removed: post steps run in reverse order) when `cleanup` is true.
 */
export function setupBuildxPost(io: StepIO): Promise<void> {
  const m = machineOf(io)
  const builderName = m.created.pop()
  if (!getBooleanInput(io, 'buildx', 'cleanup') || builderName === undefined)
    return Promise.resolve()
  if (m.builders.delete(builderName)) {
    io.log(`Removing builder ${builderName}`)
    if (m.current === builderName) m.current = 'default'
  }
  return Promise.resolve()
}

// ---------------------------------------------------------------------------------------------
// Platforms

interface Platform {
  os: string
  architecture: string
  variant?: string
}

function parsePlatform(spec: string): Platform {
  const parts = spec.trim().toLowerCase().split('/')
  if (parts.length < 1 || parts.length > 3 || parts.some(p => !/^[a-z0-9_.-]+$/.test(p)))
    throw new BuildError(
      `failed to parse platform ${spec}: "${spec}": unknown operating system or architecture: invalid argument`,
    )
  let [os = 'linux', architecture = '', variant] = parts
  if (parts.length === 1) {
    architecture = os
    os = 'linux'
  }
  const aliases: Record<string, [string, string?]> = {
    x86_64: ['amd64'],
    'x86-64': ['amd64'],
    aarch64: ['arm64'],
    armhf: ['arm', 'v7'],
    armel: ['arm', 'v6'],
    i386: ['386'],
    i686: ['386'],
  }
  const alias = aliases[architecture]
  if (alias) {
    architecture = alias[0]
    variant = variant ?? alias[1]
  }
  if (architecture === 'arm64' && variant === 'v8') variant = undefined
  if (architecture === 'amd64' && variant === 'v1') variant = undefined
  if (architecture === 'arm' && !variant) variant = 'v7'
  return { os, architecture, ...(variant ? { variant } : {}) }
}

function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

const NATIVE_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' }

// ---------------------------------------------------------------------------------------------
// Serialisation as Go writes it

/** encoding/json escapes <, >, & and the JS line separators. */
function goJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

function sorted<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!record || Object.keys(record).length === 0) return undefined
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

const clockBase = BigInt(Date.now()) * 1_000_000n - process.hrtime.bigint()
/** Now, in nanoseconds since the epoch (monotonic, so two builds never share a timestamp). */
function nowNs(): bigint {
  return clockBase + process.hrtime.bigint()
}

/** time.Time as encoding/json writes it in UTC (RFC 3339 with trimmed nanoseconds). */
function goTime(ns: bigint): string {
  const iso = new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19)
  const frac = (((ns % 1_000_000_000n) + 1_000_000_000n) % 1_000_000_000n)
    .toString()
    .padStart(9, '0')
    .replace(/0+$/, '')
  return `${iso}${frac ? `.${frac}` : ''}Z`
}

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

// ---------------------------------------------------------------------------------------------
// ustar

interface FsEntry {
  type: 'file' | 'dir' | 'symlink'
  mode: number
  uid: number
  gid: number
  /** Seconds since the epoch. */
  mtime: number
  data?: Buffer
  /** A file of the build context, read when needed. */
  source?: string
  link?: string
}

function entryData(e: FsEntry): Buffer {
  if (e.data) return e.data
  if (e.source) return readFileSync(e.source)
  return Buffer.alloc(0)
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`
}

function tarHeader(
  name: string,
  e: { mode: number; uid: number; gid: number; mtime: number; size: number },
  type: string,
  link = '',
): Buffer {
  const h = Buffer.alloc(512)
  let prefix = ''
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155)
    if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
      prefix = name.slice(0, cut)
      name = name.slice(cut + 1)
    }
  }
  h.write(name.slice(0, 100), 0, 'utf8')
  h.write(octal(e.mode & 0o7777, 8), 100, 'ascii')
  h.write(octal(e.uid, 8), 108, 'ascii')
  h.write(octal(e.gid, 8), 116, 'ascii')
  h.write(octal(e.size, 12), 124, 'ascii')
  h.write(octal(Math.max(0, Math.floor(e.mtime)), 12), 136, 'ascii')
  h.write('        ', 148, 'ascii')
  h.write(type, 156, 'ascii')
  h.write(link.slice(0, 100), 157, 'utf8')
  h.write('ustar\0', 257, 'ascii')
  h.write('00', 263, 'ascii')
  h.write(prefix.slice(0, 155), 345, 'utf8')
  let sum = 0
  for (const b of h) sum += b
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return h
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  let len = Buffer.byteLength(body) + 1
  while (`${len}${body}`.length !== len) len = Buffer.byteLength(`${len}${body}`)
  return `${len}${body}`
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512
  return rest === 0 ? [data] : [data, Buffer.alloc(512 - rest)]
}

/** A tar of the entries (paths relative to /, parents before children). */
function writeTar(entries: [string, FsEntry][]): Buffer {
  const blocks: Buffer[] = []
  for (const [p, e] of entries) {
    const name = e.type === 'dir' ? `${p}/` : p
    const data = e.type === 'file' ? entryData(e) : Buffer.alloc(0)
    const long = Buffer.byteLength(name) > 100 && !/^.{1,155}\/.{1,100}$/.test(name)
    const longLink = (e.link ?? '').length > 100
    if (long || longLink) {
      const pax = Buffer.from(
        (long ? paxRecord('path', name) : '') +
          (longLink ? paxRecord('linkpath', e.link ?? '') : ''),
      )
      blocks.push(
        tarHeader(
          `PaxHeaders/${path.posix.basename(p)}`.slice(0, 100),
          { ...e, mode: 0o644, size: pax.length },
          'x',
        ),
        ...padded(pax),
      )
    }
    const type = e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0'
    blocks.push(tarHeader(name, { ...e, size: data.length }, type, e.link ?? ''), ...padded(data))
  }
  blocks.push(Buffer.alloc(1024))
  return Buffer.concat(blocks)
}

// ---------------------------------------------------------------------------------------------
// Dockerfile: lexer

/** A build failure, worded as buildkit words it (after `failed to solve: `). */
class BuildError extends Error {
  override name = 'BuildError'
}

type Lookup = (name: string) => string | undefined

function lex(src: string, lookup: Lookup, escape: string, split: boolean): string[] {
  const words: string[] = []
  let cur = ''
  let has = false
  const push = () => {
    if (has) words.push(cur)
    cur = ''
    has = false
  }
  const variable = (i: number): [string, number] => {
    const next = src[i + 1] ?? ''
    if (next === '{') {
      let depth = 1
      let j = i + 2
      for (; j < src.length && depth > 0; j++) {
        if (src[j] === '{') depth++
        else if (src[j] === '}') depth--
      }
      if (depth > 0) throw new BuildError(`syntax error: missing '}' in ${src}`)
      const inner = src.slice(i + 2, j - 1)
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(inner)
      if (!m)
        throw new BuildError(
          `failed to process "${src}": unsupported modifier (${inner}) in substitution`,
        )
      const name = m[1] ?? ''
      const op = m[2]
      const word = () => lex(m[3] ?? '', lookup, escape, false)[0] ?? ''
      const value = lookup(name)
      const set = value !== undefined
      const full = set && value !== ''
      switch (op) {
        case ':-':
          return [full ? value : word(), j]
        case '-':
          return [set ? value : word(), j]
        case ':+':
          return [full ? word() : '', j]
        case '+':
          return [set ? word() : '', j]
        case ':?':
        case '?':
          if (op === ':?' ? full : set) return [value ?? '', j]
          throw new BuildError(
            `failed to process "${src}": ${name}: ${word() || 'is not allowed to be unset'}`,
          )
        default:
          return [value ?? '', j]
      }
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1))
    if (m) return [lookup(m[0]) ?? '', i + 1 + m[0].length]
    return ['$', i + 1]
  }
  let i = 0
  while (i < src.length) {
    const c = src[i] ?? ''
    if (split && /\s/.test(c)) {
      push()
      i++
      continue
    }
    if (c === escape) {
      if (i + 1 < src.length) cur += src[i + 1]
      else cur += c
      has = true
      i += 2
      continue
    }
    if (c === "'") {
      const j = src.indexOf("'", i + 1)
      if (j < 0)
        throw new BuildError('unexpected end of statement while looking for matching single-quote')
      cur += src.slice(i + 1, j)
      has = true
      i = j + 1
      continue
    }
    if (c === '"') {
      has = true
      i++
      for (;;) {
        if (i >= src.length)
          throw new BuildError(
            'unexpected end of statement while looking for matching double-quote',
          )
        const d = src[i] ?? ''
        if (d === '"') {
          i++
          break
        }
        if (d === escape && ['"', escape, '$'].includes(src[i + 1] ?? '')) {
          cur += src[i + 1]
          i += 2
        } else if (d === '$') {
          const [v, n] = variable(i)
          cur += v
          i = n
        } else {
          cur += d
          i++
        }
      }
      continue
    }
    if (c === '$') {
      const [v, n] = variable(i)
      i = n
      if (!split) {
        cur += v
        has = has || v !== ''
        continue
      }
      v.split(/\s+/).forEach((part, k) => {
        if (k > 0) push()
        if (part) {
          cur += part
          has = true
        }
      })
      continue
    }
    cur += c
    has = true
    i++
  }
  push()
  return words
}

/** Splits on unquoted whitespace, keeping quotes and escapes for a later expansion. */
function rawWords(src: string, escape: string): string[] {
  const words: string[] = []
  let cur = ''
  let quote = ''
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? ''
    if (quote) {
      cur += c
      if (c === escape && quote === '"' && i + 1 < src.length) cur += src[++i]
      else if (c === quote) quote = ''
      continue
    }
    if (/\s/.test(c)) {
      if (cur) words.push(cur)
      cur = ''
      continue
    }
    if (c === escape && i + 1 < src.length) {
      cur += c + src[++i]
      continue
    }
    if (c === '"' || c === "'") quote = c
    cur += c
  }
  if (cur) words.push(cur)
  return words
}

// ---------------------------------------------------------------------------------------------
// Dockerfile: parser

interface Instruction {
  cmd: string
  /** Everything after the instruction name. */
  rest: string
  line: number
  heredocs: string[]
}

interface StageDef {
  index: number
  name?: string
  base: string
  platformFlag?: string
  line: number
  instructions: Instruction[]
}

interface ParsedDockerfile {
  escape: string
  globalArgs: Instruction[]
  stages: StageDef[]
}

const INSTRUCTIONS = new Set([
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
])

function parseDockerfile(text: string): ParsedDockerfile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  let escape = '\\'
  let i = 0
  for (; i < lines.length; i++) {
    const m = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.*?)\s*$/.exec(lines[i] ?? '')
    if (!m) break
    if ((m[1] ?? '').toLowerCase() === 'escape') {
      if (m[2] !== '\\' && m[2] !== '`')
        throw new BuildError(
          `dockerfile parse error on line ${i + 1}: invalid escape token '${m[2]}' does not match ${'`'} or \\`,
        )
      escape = m[2]
    }
  }
  const instructions: Instruction[] = []
  while (i < lines.length) {
    const first = lines[i] ?? ''
    if (/^\s*(#.*)?$/.test(first)) {
      i++
      continue
    }
    const start = i
    let logical = ''
    for (;;) {
      const raw = lines[i] ?? ''
      i++
      if (logical && /^\s*#/.test(raw)) continue
      const trimmed = raw.replace(/\s+$/, '')
      if (trimmed.endsWith(escape) && i < lines.length) {
        logical += trimmed.slice(0, -1)
        continue
      }
      logical += raw
      break
    }
    const m = /^\s*(\S+)\s*([\s\S]*?)\s*$/.exec(logical)
    const cmd = (m?.[1] ?? '').toLowerCase()
    const rest = m?.[2] ?? ''
    if (!INSTRUCTIONS.has(cmd))
      throw new BuildError(
        `dockerfile parse error on line ${start + 1}: unknown instruction: ${m?.[1] ?? ''}`,
      )
    const heredocs: string[] = []
    if (['run', 'copy', 'add'].includes(cmd)) {
      for (const h of rest.matchAll(/<<(-?)(["']?)([A-Za-z0-9_]+)\2/g)) {
        const body: string[] = []
        for (;;) {
          if (i >= lines.length)
            throw new BuildError(
              `dockerfile parse error on line ${start + 1}: unterminated heredoc`,
            )
          const line = lines[i] ?? ''
          i++
          const cmp = h[1] ? line.replace(/^\t+/, '') : line
          if (cmp === h[3]) break
          body.push(h[1] ? cmp : line)
        }
        heredocs.push(`${body.join('\n')}\n`)
      }
    }
    instructions.push({ cmd, rest, line: start + 1, heredocs })
  }
  if (instructions.length === 0) throw new BuildError('the Dockerfile cannot be empty')
  const globalArgs: Instruction[] = []
  const stages: StageDef[] = []
  for (const ins of instructions) {
    if (ins.cmd === 'from') {
      const { flags, rest } = parseFlags(ins, ['platform'])
      const fm = /^(\S+)(?:\s+as\s+(\S+))?$/i.exec(rest)
      if (!fm)
        throw new BuildError(
          `dockerfile parse error on line ${ins.line}: FROM requires either one or three arguments`,
        )
      stages.push({
        index: stages.length,
        ...(fm[2] ? { name: fm[2].toLowerCase() } : {}),
        base: fm[1] ?? '',
        ...(flags.has('platform') ? { platformFlag: flags.get('platform') ?? '' } : {}),
        line: ins.line,
        instructions: [],
      })
      continue
    }
    const stage = stages.at(-1)
    if (!stage) {
      if (ins.cmd !== 'arg') throw new BuildError('no build stage in current context')
      globalArgs.push(ins)
    } else stage.instructions.push(ins)
  }
  if (stages.length === 0) throw new BuildError('no build stage in current context')
  return { escape, globalArgs, stages }
}

function parseFlags(
  ins: Instruction,
  allowed: string[],
): { flags: Map<string, string>; rest: string } {
  const flags = new Map<string, string>()
  let rest = ins.rest
  for (;;) {
    const m = /^--([A-Za-z-]+)(?:=("[^"]*"|\S*))?(?:\s+|$)/.exec(rest)
    if (!m) break
    const name = (m[1] ?? '').toLowerCase()
    if (!allowed.includes(name))
      throw new BuildError(`dockerfile parse error on line ${ins.line}: unknown flag: ${name}`)
    flags.set(name, (m[2] ?? 'true').replace(/^"(.*)"$/, '$1'))
    rest = rest.slice(m[0].length)
  }
  return { flags, rest }
}

function jsonArgs(rest: string): string[] | undefined {
  if (!rest.trimStart().startsWith('[')) return undefined
  try {
    const v = JSON.parse(rest) as unknown
    return Array.isArray(v) && v.every(s => typeof s === 'string') ? v : undefined
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Dockerfile: interpreter

interface History {
  created?: string
  created_by: string
  comment: string
  empty_layer?: boolean
}

interface ImageConfigModel {
  User?: string
  ExposedPorts?: Record<string, object>
  Env: string[]
  Entrypoint?: string[]
  Cmd?: string[]
  Volumes?: Record<string, object>
  WorkingDir: string
  Labels?: Record<string, string>
  StopSignal?: string
  Healthcheck?: { Test: string[] }
  OnBuild?: string[]
  Shell?: string[]
}

interface Layer {
  entries: Map<string, FsEntry>
  blob?: { gz: Buffer; digest: string; diffId: string }
}

interface StageState {
  platform: Platform
  fs: Map<string, FsEntry>
  layers: Layer[]
  config: ImageConfigModel
  author?: string
  history: History[]
  args: Map<string, string | undefined>
  cmdSet: boolean
  /** Files copied from the build context, for the SBOM. */
  copied: string[]
}

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

function emptyStage(platform: Platform): StageState {
  return {
    platform,
    fs: new Map(),
    layers: [],
    config: { Env: [DEFAULT_PATH], WorkingDir: '/' },
    history: [],
    args: new Map(),
    cmdSet: false,
    copied: [],
  }
}

function cloneStage(s: StageState, platform: Platform): StageState {
  return {
    platform,
    fs: new Map(s.fs),
    layers: [...s.layers],
    config: structuredClone(s.config),
    ...(s.author !== undefined ? { author: s.author } : {}),
    history: [...s.history],
    args: new Map(),
    cmdSet: false,
    copied: [...s.copied],
  }
}

interface BuildSettings {
  dockerfile: ParsedDockerfile
  contextDir: string
  buildArgs: Map<string, string>
  consumed: Set<string>
  /** SOURCE_DATE_EPOCH, seconds. */
  epoch?: number
  rewriteTimestamp: boolean
  log(text: string): void
}

/** The build context as buildkit receives it: walked once, .dockerignore applied. */
class BuildContext {
  private entries: Map<string, FsEntry> | undefined
  private readonly dir: string
  constructor(dir: string) {
    this.dir = dir
  }

  get(): Map<string, FsEntry> {
    if (this.entries) return this.entries
    const ignore = this.ignorePatterns()
    const hasExceptions = ignore.some(p => p.negate)
    const excluded = (rel: string): boolean => {
      let out = false
      for (const p of ignore) {
        if (matchGlob(rel, p.pattern) || matchesParent(rel, p.pattern)) out = !p.negate
      }
      return out
    }
    const entries = new Map<string, FsEntry>()
    const walk = (abs: string, rel: string) => {
      for (const name of readdirSync(abs).sort()) {
        const childRel = rel ? `${rel}/${name}` : name
        const childAbs = path.join(abs, name)
        const st = lstatSync(childAbs)
        const skip = excluded(childRel)
        const base = {
          mode: st.mode & 0o7777,
          uid: 0,
          gid: 0,
          mtime: Math.floor(st.mtimeMs / 1000),
        }
        if (st.isDirectory()) {
          if (!skip) entries.set(childRel, { type: 'dir', ...base })
          if (!skip || hasExceptions) walk(childAbs, childRel)
        } else if (!skip && st.isSymbolicLink())
          entries.set(childRel, { type: 'symlink', ...base, link: readlinkSync(childAbs) })
        else if (!skip && st.isFile())
          entries.set(childRel, { type: 'file', ...base, source: childAbs })
      }
    }
    walk(this.dir, '')
    this.entries = entries
    return entries
  }

  /** The context directory itself (the source of `COPY . /dst`). */
  root(): FsEntry {
    const st = statSync(this.dir)
    return {
      type: 'dir',
      mode: st.mode & 0o7777,
      uid: 0,
      gid: 0,
      mtime: Math.floor(st.mtimeMs / 1000),
    }
  }

  private ignorePatterns(): { pattern: string; negate: boolean }[] {
    const file = path.join(this.dir, '.dockerignore')
    if (!existsSync(file)) return []
    const out: { pattern: string; negate: boolean }[] = []
    for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
      let line = raw.trim()
      if (!line || line.startsWith('#')) continue
      const negate = line.startsWith('!')
      if (negate) line = line.slice(1).trim()
      const pattern = path.posix.normalize(line).replace(/^\/+/, '').replace(/\/+$/, '')
      if (pattern && pattern !== '.') out.push({ pattern, negate })
    }
    return out
  }
}

function matchesParent(rel: string, pattern: string): boolean {
  const parts = rel.split('/')
  for (let n = 1; n < parts.length; n++)
    if (matchGlob(parts.slice(0, n).join('/'), pattern)) return true
  return false
}

const AUTOMATIC_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
]

function automaticArgs(target: Platform): Map<string, string> {
  const build = NATIVE_PLATFORM
  return new Map([
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
    ['BUILDPLATFORM', formatPlatform(build)],
    ['BUILDOS', build.os],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
  ])
}

function randomRef(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from(randomBytes(25), b => alphabet[b % alphabet.length]).join('')
}

/** Go's %q of a []string: ["a" "b"]. */
function goQuoted(args: string[]): string {
  return `[${args.map(a => JSON.stringify(a)).join(' ')}]`
}

/** One platform's build of the Dockerfile: stages evaluated on demand, as buildkit solves only what the target needs. */
class PlatformBuild {
  private readonly done = new Map<number, StageState>()
  private readonly running = new Set<number>()
  private readonly globalArgs = new Map<string, string | undefined>()
  private readonly auto: Map<string, string>
  private readonly context: BuildContext
  private readonly warnedBases = new Set<string>()

  private readonly settings: BuildSettings
  private readonly target: Platform

  constructor(settings: BuildSettings, target: Platform, context: BuildContext) {
    this.settings = settings
    this.target = target
    this.auto = automaticArgs(target)
    this.context = context
    const esc = settings.dockerfile.escape
    for (const ins of settings.dockerfile.globalArgs) {
      for (const word of rawWords(ins.rest, esc)) {
        const [rawName = '', rawDefault] = splitOnce(word, '=')
        const name = lex(rawName, () => undefined, esc, false)[0] ?? rawName
        const lookup: Lookup = n => this.globalArgs.get(n) ?? this.auto.get(n)
        let value: string | undefined
        if (settings.buildArgs.has(name)) {
          value = settings.buildArgs.get(name)
          settings.consumed.add(name)
        } else if (rawDefault !== undefined) value = lex(rawDefault, lookup, esc, false)[0] ?? ''
        this.globalArgs.set(name, value)
      }
    }
  }

  stageIndex(ref: string): number | undefined {
    const stages = this.settings.dockerfile.stages
    const byName = stages.find(s => s.name === ref.toLowerCase())
    if (byName) return byName.index
    if (/^\d+$/.test(ref) && Number(ref) < stages.length) return Number(ref)
    return undefined
  }

  stage(index: number): StageState {
    const cached = this.done.get(index)
    if (cached) return cached
    if (this.running.has(index)) throw new BuildError('circular dependency detected on stage')
    this.running.add(index)
    const def = this.settings.dockerfile.stages[index]
    if (!def) throw new BuildError(`stage ${index} not found`)
    const esc = this.settings.dockerfile.escape
    const fromLookup: Lookup = n => this.globalArgs.get(n) ?? this.auto.get(n)
    const base = lex(def.base, fromLookup, esc, false)[0] ?? ''
    if (!base) throw new BuildError(`base name (${def.base}) should not be blank`)
    const platform = def.platformFlag
      ? parsePlatform(lex(def.platformFlag, fromLookup, esc, false)[0] ?? '')
      : this.target
    const parentIndex = this.settings.dockerfile.stages.find(
      s => s.name === base.toLowerCase() && s.index < index,
    )?.index
    let state: StageState
    if (parentIndex !== undefined) state = cloneStage(this.stage(parentIndex), platform)
    else {
      state = emptyStage(platform)
      if (base !== 'scratch' && !this.warnedBases.has(base)) {
        this.warnedBases.add(base)
        this.settings.log(
          `[stand-in] base image ${base} is not pulled: its rootfs is taken as empty`,
        )
      }
    }
    for (const ins of def.instructions) this.dispatch(state, ins)
    this.running.delete(index)
    this.done.set(index, state)
    return state
  }

  private now(): { ns: bigint; sec: number; text: string } {
    if (this.settings.epoch !== undefined) {
      const ns = BigInt(this.settings.epoch) * 1_000_000_000n
      return { ns, sec: this.settings.epoch, text: goTime(ns) }
    }
    const ns = nowNs()
    return { ns, sec: Number(ns / 1_000_000_000n), text: goTime(ns) }
  }

  private commit(s: StageState, createdBy: string, layer: boolean, buildkit = false): void {
    s.history.push({
      created: this.now().text,
      created_by: buildkit ? `${createdBy} # buildkit` : createdBy,
      comment: 'buildkit.dockerfile.v0',
      ...(layer ? {} : { empty_layer: true }),
    })
  }

  private env(s: StageState): Map<string, string> {
    return new Map(s.config.Env.map(e => splitOnce(e, '=') as [string, string]))
  }

  private lookup(s: StageState): Lookup {
    const env = this.env(s)
    return n => env.get(n) ?? s.args.get(n)
  }

  private keyValues(s: StageState, ins: Instruction, legacy: boolean): [string, string][] {
    const esc = this.settings.dockerfile.escape
    const lookup = this.lookup(s)
    const words = rawWords(ins.rest, esc)
    if (words.length === 0)
      throw new BuildError(
        `dockerfile parse error on line ${ins.line}: ${ins.cmd.toUpperCase()} requires at least one argument`,
      )
    if (legacy && !(words[0] ?? '').includes('=')) {
      const key = words[0] ?? ''
      const value = ins.rest.slice(ins.rest.indexOf(key) + key.length).trim()
      return [[key, lex(value, lookup, esc, false)[0] ?? '']]
    }
    return words.map(word => {
      if (!word.includes('='))
        throw new BuildError(
          `dockerfile parse error on line ${ins.line}: Syntax error - can't find = in "${word}". Must be of the form: name=value`,
        )
      const [k = '', v = ''] = splitOnce(word, '=')
      return [lex(k, lookup, esc, false)[0] ?? '', lex(v, lookup, esc, false)[0] ?? '']
    })
  }

  private dispatch(s: StageState, ins: Instruction): void {
    const esc = this.settings.dockerfile.escape
    const expandWord = (text: string) => lex(text, this.lookup(s), esc, false)[0] ?? ''
    const expandWords = (text: string) => lex(text, this.lookup(s), esc, true)
    switch (ins.cmd) {
      case 'arg': {
        const commits: string[] = []
        for (const word of rawWords(ins.rest, esc)) {
          const [rawName = '', rawDefault] = splitOnce(word, '=')
          const name = rawName
          let value: string | undefined
          if (this.settings.buildArgs.has(name)) {
            value = this.settings.buildArgs.get(name)
            this.settings.consumed.add(name)
          } else if (rawDefault !== undefined) value = expandWord(rawDefault)
          else if (this.globalArgs.has(name)) value = this.globalArgs.get(name)
          else if (AUTOMATIC_ARGS.includes(name)) value = this.auto.get(name)
          s.args.set(name, value)
          commits.push(value === undefined ? name : `${name}=${value}`)
        }
        this.commit(s, `ARG ${commits.join(' ')}`, false)
        return
      }
      case 'env': {
        const pairs = this.keyValues(s, ins, true)
        for (const [k, v] of pairs) {
          const i = s.config.Env.findIndex(e => e.startsWith(`${k}=`))
          if (i >= 0) s.config.Env[i] = `${k}=${v}`
          else s.config.Env.push(`${k}=${v}`)
        }
        this.commit(s, `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`, false)
        return
      }
      case 'label': {
        const pairs = this.keyValues(s, ins, true)
        s.config.Labels = { ...s.config.Labels }
        for (const [k, v] of pairs) s.config.Labels[k] = v
        this.commit(s, `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`, false)
        return
      }
      case 'maintainer':
        s.author = ins.rest
        this.commit(s, `MAINTAINER ${ins.rest}`, false)
        return
      case 'workdir': {
        const wd = path.posix.resolve(s.config.WorkingDir, expandWord(ins.rest))
        s.config.WorkingDir = wd
        let layer = false
        if (wd !== '/') {
          const t = this.now()
          const entries = new Map<string, FsEntry>()
          this.mkdirp(s, wd.slice(1), t.sec, entries, { uid: 0, gid: 0 })
          if (entries.size > 0) {
            s.layers.push({ entries: this.withParents(s, entries, t.sec) })
            layer = true
          }
        }
        this.commit(s, `WORKDIR ${wd}`, layer)
        return
      }
      case 'copy':
      case 'add':
        this.copy(s, ins)
        return
      case 'run': {
        const { rest } = parseFlags(ins, ['mount', 'network', 'security', 'device'])
        const json = jsonArgs(rest)
        const shell = s.config.Shell ?? ['/bin/sh', '-c']
        const args = json ?? [...shell, rest]
        this.commit(s, `RUN ${args.join(' ')}`, false, true)
        return
      }
      case 'cmd':
      case 'entrypoint': {
        const json = jsonArgs(ins.rest)
        const args = json ?? [...(s.config.Shell ?? ['/bin/sh', '-c']), ins.rest]
        if (ins.cmd === 'cmd') {
          s.config.Cmd = args
          s.cmdSet = true
          this.commit(s, `CMD ${goQuoted(args)}`, false)
        } else {
          s.config.Entrypoint = args
          if (!s.cmdSet) delete s.config.Cmd
          this.commit(s, `ENTRYPOINT ${goQuoted(args)}`, false)
        }
        return
      }
      case 'user':
        s.config.User = expandWord(ins.rest)
        this.commit(s, `USER ${s.config.User}`, false)
        return
      case 'expose': {
        const ports = { ...s.config.ExposedPorts }
        for (const word of expandWords(ins.rest)) {
          const [port = '', proto = 'tcp'] = word.split('/')
          ports[`${port}/${proto.toLowerCase()}`] = {}
        }
        s.config.ExposedPorts = ports
        const keys = Object.keys(ports).sort()
        this.commit(s, `EXPOSE map[${keys.map(k => `${k}:{}`).join(' ')}]`, false)
        return
      }
      case 'volume': {
        const vols = jsonArgs(ins.rest) ?? expandWords(ins.rest)
        s.config.Volumes = { ...s.config.Volumes }
        for (const v of vols) s.config.Volumes[v] = {}
        this.commit(s, `VOLUME [${vols.join(' ')}]`, false)
        return
      }
      case 'stopsignal':
        s.config.StopSignal = expandWord(ins.rest)
        this.commit(s, `STOPSIGNAL ${s.config.StopSignal}`, false)
        return
      case 'shell': {
        const json = jsonArgs(ins.rest)
        if (!json)
          throw new BuildError(
            `dockerfile parse error on line ${ins.line}: SHELL requires the arguments to be in JSON form`,
          )
        s.config.Shell = json
        this.commit(s, `SHELL ${goQuoted(json)}`, false)
        return
      }
      case 'healthcheck': {
        const { rest } = parseFlags(ins, [
          'interval',
          'timeout',
          'start-period',
          'start-interval',
          'retries',
        ])
        if (/^none$/i.test(rest.trim())) s.config.Healthcheck = { Test: ['NONE'] }
        else {
          const cmd = rest.replace(/^cmd\s+/i, '')
          const json = jsonArgs(cmd)
          s.config.Healthcheck = { Test: json ? ['CMD', ...json] : ['CMD-SHELL', cmd] }
        }
        this.commit(s, `HEALTHCHECK ${rest}`, false)
        return
      }
      case 'onbuild':
        s.config.OnBuild = [...(s.config.OnBuild ?? []), ins.rest]
        this.commit(s, `ONBUILD ${ins.rest}`, false)
        return
    }
  }

  private mkdirp(
    s: StageState,
    rel: string,
    mtime: number,
    out: Map<string, FsEntry>,
    owner: { uid: number; gid: number },
  ): void {
    if (!rel) return
    const parts = rel.split('/')
    for (let n = 1; n <= parts.length; n++) {
      const p = parts.slice(0, n).join('/')
      const existing = s.fs.get(p)
      if (existing?.type === 'dir') continue
      const dir: FsEntry = { type: 'dir', mode: 0o755, ...owner, mtime }
      s.fs.set(p, dir)
      out.set(p, dir)
    }
  }

  /** A layer's entries with every ancestor directory (a diff carries the parents it changed). */
  private withParents(
    s: StageState,
    entries: Map<string, FsEntry>,
    mtime: number,
  ): Map<string, FsEntry> {
    const all = new Map(entries)
    for (const p of entries.keys()) {
      const parts = p.split('/')
      for (let n = 1; n < parts.length; n++) {
        const parent = parts.slice(0, n).join('/')
        if (all.has(parent)) continue
        const e = s.fs.get(parent)
        if (e?.type === 'dir') {
          const touched = { ...e, mtime }
          s.fs.set(parent, touched)
          all.set(parent, touched)
        }
      }
    }
    return new Map([...all.entries()].sort(([a], [b]) => comparePaths(a, b)))
  }

  private copy(s: StageState, ins: Instruction): void {
    const esc = this.settings.dockerfile.escape
    const isAdd = ins.cmd === 'add'
    const { flags, rest } = parseFlags(ins, [
      'from',
      'chown',
      'chmod',
      'link',
      'parents',
      'exclude',
      'keep-git-dir',
      'checksum',
      'unpack',
    ])
    const name = ins.cmd.toUpperCase()
    const args = jsonArgs(rest) ?? lex(rest, this.lookup(s), esc, true)
    if (args.length < 2)
      throw new BuildError(
        `dockerfile parse error on line ${ins.line}: ${name} requires at least two arguments, but only one was provided. Destination could not be determined`,
      )
    if (ins.heredocs.length > 0)
      throw new BuildError(`the build stand-in does not model ${name} heredocs`)
    const rawDest = args.at(-1) ?? ''
    const sources = args.slice(0, -1)
    const t = this.now()
    const destAbs = path.posix.resolve(s.config.WorkingDir, rawDest)
    const dest = destAbs.slice(1)
    const destIsDir =
      rawDest.endsWith('/') ||
      rawDest === '.' ||
      sources.length > 1 ||
      sources.some(hasWildcard) ||
      s.fs.get(dest)?.type === 'dir' ||
      dest === ''
    if (sources.length > 1 && !rawDest.endsWith('/'))
      throw new BuildError(
        `When using ${name} with more than one source file, the destination must be a directory and end with a /`,
      )

    const owner = parseChown(flags.get('chown'))
    const chmod = flags.has('chmod') ? parseInt(flags.get('chmod') ?? '', 8) : undefined
    if (chmod !== undefined && Number.isNaN(chmod))
      throw new BuildError(`invalid chmod parameter: ${flags.get('chmod')}`)

    // the source filesystem: the context, a stage, or an image (not pulled: empty)
    let fromFs: Map<string, FsEntry>
    let rootEntry: FsEntry
    const from = flags.get('from')
    if (from !== undefined) {
      const ref = lex(from, n => this.globalArgs.get(n) ?? this.auto.get(n), esc, false)[0] ?? ''
      const idx = this.stageIndex(ref)
      if (idx !== undefined) {
        const src = this.stage(idx)
        fromFs = src.fs
      } else fromFs = new Map()
      rootEntry = { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: t.sec }
    } else {
      fromFs = this.context.get()
      rootEntry = this.context.root()
    }

    const written = new Map<string, FsEntry>()
    const put = (target: string, e: FsEntry) => {
      const parent = path.posix.dirname(target)
      if (parent !== '.') this.mkdirp(s, parent, t.sec, written, owner)
      let mtime = e.mtime
      if (this.settings.rewriteTimestamp && this.settings.epoch !== undefined)
        mtime = Math.min(mtime, this.settings.epoch)
      const copied: FsEntry = {
        ...e,
        ...owner,
        mtime,
        mode: chmod ?? e.mode,
      }
      s.fs.set(target, copied)
      written.set(target, copied)
      if (e.type === 'file' && from === undefined) s.copied.push(target)
    }

    for (const src of sources) {
      if (isAdd && /^(https?:\/\/|git@|git:\/\/)/.test(src))
        throw new BuildError(`the build stand-in does not fetch remote ADD sources (${src})`)
      if (isAdd && /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tar\.xz|txz)$/.test(src))
        throw new BuildError(`the build stand-in does not extract archives in ADD (${src})`)
      const clean = path.posix.normalize(`/${src}`).slice(1).replace(/\/+$/, '')
      let matched: string[]
      if (hasWildcard(clean)) {
        matched = [...fromFs.keys()].filter(k => matchGlob(k, clean))
      } else if (clean === '' || clean === '.') matched = ['']
      else if (fromFs.has(clean)) matched = [clean]
      else
        throw new BuildError(
          `failed to compute cache key: failed to calculate checksum of ref ${randomUUID()}::${randomRef()}: "/${clean}": not found`,
        )
      for (const key of matched) {
        let entry = key === '' ? rootEntry : fromFs.get(key)
        let seen = 0
        let resolvedKey = key
        while (entry?.type === 'symlink' && seen++ < 40) {
          const target = path.posix
            .resolve(`/${path.posix.dirname(resolvedKey)}`, entry.link ?? '')
            .slice(1)
          resolvedKey = target
          entry = fromFs.get(target)
        }
        if (!entry)
          throw new BuildError(
            `failed to compute cache key: failed to calculate checksum of ref ${randomUUID()}::${randomRef()}: "/${clean}": not found`,
          )
        if (entry.type === 'dir') {
          if (dest !== '') {
            if (s.fs.get(dest)?.type !== 'dir') put(dest, entry)
          }
          const prefix = resolvedKey === '' ? '' : `${resolvedKey}/`
          const children = [...fromFs.entries()]
            .filter(([k]) => k.startsWith(prefix) && k !== resolvedKey)
            .sort(([a], [b]) => comparePaths(a, b))
          for (const [k, e] of children) {
            const target = [dest, k.slice(prefix.length)].filter(Boolean).join('/')
            put(target, e)
          }
        } else {
          const target = destIsDir
            ? [dest, path.posix.basename(key)].filter(Boolean).join('/')
            : dest
          put(target, entry)
        }
      }
    }
    if (written.size > 0) s.layers.push({ entries: this.withParents(s, written, t.sec) })
    const message = [
      name,
      ...(flags.has('parents') ? ['--parents'] : []),
      ...(flags.get('chown') ? [`--chown=${flags.get('chown')}`] : []),
      ...(flags.get('chmod') ? [`--chmod=${flags.get('chmod')}`] : []),
      ...sources,
      rawDest,
    ]
    this.commit(s, message.join(' '), written.size > 0, true)
  }
}

const globs = new Map<string, RegExp>()

/**
 * filepath.Match on slash paths (`*`, `?`, `[…]`, `\\` escapes), plus `**` across directories as
 * .dockerignore's pattern matcher has it.
 */
function matchGlob(p: string, pattern: string): boolean {
  let re = globs.get(pattern)
  if (!re) {
    let src = ''
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i] ?? ''
      if (c === '*' && pattern[i + 1] === '*') {
        i++
        if (pattern[i + 1] === '/') {
          i++
          src += '(?:.*/)?'
        } else src += '.*'
      } else if (c === '*') src += '[^/]*'
      else if (c === '?') src += '[^/]'
      else if (c === '[') {
        const end = pattern.indexOf(']', i + 2)
        if (end < 0) src += '\\['
        else {
          let body = pattern.slice(i + 1, end)
          if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`
          src += `[${body}]`
          i = end
        }
      } else if (c === '\\' && i + 1 < pattern.length) {
        i++
        src += (pattern[i] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      } else src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    }
    re = new RegExp(`^${src}$`)
    globs.set(pattern, re)
  }
  return re.test(p)
}

function hasWildcard(p: string): boolean {
  return /[*?[]/.test(p)
}

function comparePaths(a: string, b: string): number {
  const pa = a.split('/')
  const pb = b.split('/')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? ''
    const y = pb[i] ?? ''
    if (x !== y) return x < y ? -1 : 1
  }
  return pa.length - pb.length
}

function splitOnce(s: string, sep: string): [string, string?] {
  const i = s.indexOf(sep)
  return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)]
}

function parseChown(spec: string | undefined): { uid: number; gid: number } {
  if (spec === undefined || spec === '') return { uid: 0, gid: 0 }
  const [user = '', group] = spec.split(':')
  const id = (name: string, kind: 'uid' | 'gid'): number => {
    if (/^\d+$/.test(name)) return Number(name)
    if (name === 'root') return 0
    throw new BuildError(
      `unable to convert uid/gid chown string to host mapping: can't find ${kind} for ${kind === 'uid' ? 'user' : 'group'} ${name}: no such ${kind === 'uid' ? 'user' : 'group'}: ${name}`,
    )
  }
  const uid = id(user, 'uid')
  return { uid, gid: group === undefined ? uid : id(group, 'gid') }
}

// ---------------------------------------------------------------------------------------------
// Images

interface Blob {
  mediaType: string
  data: Buffer
  digest: string
}

interface BuiltImage {
  platform: Platform
  manifest: Blob
  config: Blob
  layers: Blob[]
  state: StageState
}

interface BuiltRoot {
  root: Blob
  /** Every blob and manifest by digest. */
  store: Map<string, Blob>
  /** Child manifests of the index (images, then attestation manifests). */
  children: Blob[]
  images: BuiltImage[]
  configDigest?: string
  descriptor: DescriptorJson
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip'
const INTOTO = 'application/vnd.in-toto+json'

function blob(mediaType: string, data: Buffer): Blob {
  return { mediaType, data, digest: sha256(data) }
}

function layerBlob(layer: Layer): { gz: Buffer; digest: string; diffId: string } {
  if (!layer.blob) {
    const tar = writeTar([...layer.entries.entries()])
    const gz = gzipSync(tar)
    layer.blob = { gz, digest: sha256(gz), diffId: sha256(tar) }
  }
  return layer.blob
}

function platformJson(p: Platform): Record<string, string> {
  return { architecture: p.architecture, os: p.os, ...(p.variant ? { variant: p.variant } : {}) }
}

function imageConfigBlob(
  state: StageState,
  labels: [string, string][],
  created: string,
  diffIds: string[],
): Blob {
  const c = state.config
  const allLabels = { ...c.Labels }
  for (const [k, v] of labels) allLabels[k] = v
  const config = {
    User: c.User || undefined,
    ExposedPorts: sorted(c.ExposedPorts),
    Env: c.Env,
    Entrypoint: c.Entrypoint,
    Cmd: c.Cmd,
    Volumes: sorted(c.Volumes),
    WorkingDir: c.WorkingDir || undefined,
    Labels: sorted(allLabels),
    StopSignal: c.StopSignal,
    Healthcheck: c.Healthcheck,
    OnBuild: c.OnBuild,
    Shell: c.Shell,
  }
  const top: Record<string, unknown> = {
    architecture: state.platform.architecture,
    ...(state.author ? { author: state.author } : {}),
    config,
    created,
    history: state.history,
    os: state.platform.os,
    rootfs: { type: 'layers', diff_ids: diffIds.length > 0 ? diffIds : null },
    ...(state.platform.variant ? { variant: state.platform.variant } : {}),
  }
  return blob(OCI_CONFIG, Buffer.from(goJson(top)))
}

interface AnnotationSet {
  manifest: Record<string, string>
  manifestDescriptor: Record<string, string>
  index: Record<string, string>
  indexDescriptor: Record<string, string>
}

interface ParsedAnnotation {
  type: 'manifest' | 'manifest-descriptor' | 'index' | 'index-descriptor'
  platform?: Platform
  key: string
  value: string
}

/** buildflags.ParseAnnotations: `[type[platform],…:]key=value`, no type meaning manifest. */
function parseAnnotations(lines: string[]): ParsedAnnotation[] {
  const out: ParsedAnnotation[] = []
  for (const line of lines) {
    const [k, v] = splitOnce(line, '=')
    if (v === undefined) throw new BuildError(`invalid annotation "${line}", expected key=value`)
    const [types, key] = splitOnce(k, ':')
    if (key === undefined) {
      out.push({ type: 'manifest', key: types, value: v })
      continue
    }
    for (const tp of types.split(',')) {
      const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(tp)
      if (!m)
        throw new BuildError(
          `invalid annotation type "${tp}", expected type and optional platform in square brackets`,
        )
      const type = m[1] ?? ''
      if (!['manifest', 'manifest-descriptor', 'index', 'index-descriptor'].includes(type))
        throw new BuildError(`unknown annotation type "${type}"`)
      out.push({
        type: type as ParsedAnnotation['type'],
        ...(m[2] ? { platform: parsePlatform(m[2]) } : {}),
        key,
        value: v,
      })
    }
  }
  return out
}

function annotationsFor(all: ParsedAnnotation[], platform?: Platform): AnnotationSet {
  const set: AnnotationSet = {
    manifest: {},
    manifestDescriptor: {},
    index: {},
    indexDescriptor: {},
  }
  for (const a of all) {
    if (a.platform && (!platform || formatPlatform(a.platform) !== formatPlatform(platform)))
      continue
    if (a.type === 'manifest') set.manifest[a.key] = a.value
    else if (a.type === 'manifest-descriptor') set.manifestDescriptor[a.key] = a.value
    else if (a.type === 'index') set.index[a.key] = a.value
    else set.indexDescriptor[a.key] = a.value
  }
  return set
}

function imageManifest(
  config: Blob,
  layers: Blob[],
  annotations: Record<string, string> | undefined,
): Blob {
  const m = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.data.length },
    layers:
      layers.length > 0
        ? layers.map(l => ({ mediaType: l.mediaType, digest: l.digest, size: l.data.length }))
        : null,
    annotations: sorted(annotations),
  }
  return blob(OCI_MANIFEST, Buffer.from(goJson(m, 2)))
}

function purl(name: string, p: Platform): string {
  let repo = name
  let version = 'latest'
  const at = repo.indexOf('@')
  if (at >= 0) {
    version = repo.slice(at + 1)
    repo = repo.slice(0, at)
  } else {
    const colon = repo.lastIndexOf(':')
    if (colon > repo.lastIndexOf('/')) {
      version = repo.slice(colon + 1)
      repo = repo.slice(0, colon)
    }
  }
  repo = repo.replace(/^docker\.io\//, '').replace(/^library\//, '')
  return `pkg:docker/${repo}@${version}?platform=${encodeURIComponent(formatPlatform(p))}`
}

function attestationManifest(
  statements: Blob[],
  predicateTypes: string[],
): { manifest: Blob; config: Blob } {
  const config = blob(
    OCI_CONFIG,
    Buffer.from(
      goJson({
        architecture: 'unknown',
        os: 'unknown',
        config: {},
        rootfs: { type: 'layers', diff_ids: statements.map(s => s.digest) },
      }),
    ),
  )
  const m = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.data.length },
    layers: statements.map((s, i) => ({
      mediaType: INTOTO,
      digest: s.digest,
      size: s.data.length,
      annotations: { 'in-toto.io/predicate-type': predicateTypes[i] ?? '' },
    })),
  }
  return { manifest: blob(OCI_MANIFEST, Buffer.from(goJson(m, 2))), config }
}

// ---------------------------------------------------------------------------------------------
// Push, as buildkit's util/push does it (containerd's pusher under a retry handler)

interface ParsedName {
  /** As written (image.name). */
  name: string
  registry: string
  repository: string
  tag?: string
  digest?: string
}

function parseName(ref: string): ParsedName {
  const m =
    /^(?:([^/]+?)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(
      ref,
    )
  if (!m) throw new BuildError(`invalid tag "${ref}": invalid reference format`)
  let host = m[1]
  let repository = m[2] ?? ''
  if (host && !/[.:]/.test(host) && host !== 'localhost') {
    repository = `${host}/${repository}`
    host = undefined
  }
  if (host && /[A-Z]/.test(repository))
    throw new BuildError(
      `invalid tag "${ref}": invalid reference format: repository name must be lowercase`,
    )
  if (!host) {
    host = 'docker.io'
    if (!repository.includes('/')) repository = `library/${repository}`
  }
  return {
    name: ref,
    registry: host,
    repository,
    ...(m[3] ? { tag: m[3] } : {}),
    ...(m[4] ? { digest: m[4] } : {}),
  }
}

function isManifestType(mediaType: string): boolean {
  return /manifest|index/.test(mediaType) && !mediaType.includes('config')
}

class Pusher {
  /** registry → repository → blobs pushed there in this build (mount candidates). */
  private readonly pushed = new Map<string, Map<string, Set<string>>>()
  private readonly sessions = new Map<string, RegistrySession>()

  private readonly io: StepIO
  private readonly options: ContainerPeerOptions

  constructor(io: StepIO, options: ContainerPeerOptions) {
    this.io = io
    this.options = options
  }

  private session(registry: string): RegistrySession {
    let s = this.sessions.get(registry)
    if (!s) {
      const creds = credentialsFor(this.io, registry)
      s = new RegistrySession({ url: endpointOf(registry, this.options), ...creds })
      this.sessions.set(registry, s)
    }
    return s
  }

  /** retryhandler.New: 5xx and connection errors are retried with a doubling backoff until it reaches 8 s. */
  private async retry<T>(f: () => Promise<T>): Promise<T> {
    let backoff = this.options.retryBackoffMs ?? 1000
    const max = backoff * 8
    for (;;) {
      try {
        return await f()
      } catch (e) {
        const retryable =
          (e instanceof RegistryHttpError && e.status >= 500 && e.status <= 599) ||
          (e instanceof TypeError && /fetch failed/.test(e.message))
        if (!retryable || backoff >= max) throw e
        this.io.log(`error: ${e.message}`)
        this.io.log(`retrying in ${backoff / 1000}s`)
        await new Promise(r => setTimeout(r, backoff))
        backoff *= 2
      }
    }
  }

  async push(target: ParsedName, built: BuiltRoot, byDigest: boolean): Promise<void> {
    if (byDigest && (target.tag || target.digest))
      throw new BuildError(`can't push tagged ref ${target.name} by digest`)
    const session = this.session(target.registry)
    const repo = target.repository
    const scopes = [`repository:${repo}:pull,push`]
    const registryPushed = this.pushed.get(target.registry) ?? new Map<string, Set<string>>()
    this.pushed.set(target.registry, registryPushed)
    const here = registryPushed.get(repo) ?? new Set<string>()
    registryPushed.set(repo, here)

    // blobs first (dispatch order), then manifests bottom-up, the root last
    const manifests: Blob[] = []
    const blobs: Blob[] = []
    const visit = (b: Blob) => {
      if (isManifestType(b.mediaType)) {
        manifests.push(b)
        const json = JSON.parse(b.data.toString('utf8')) as {
          manifests?: DescriptorJson[]
          config?: DescriptorJson
          layers?: DescriptorJson[] | null
        }
        for (const d of json.manifests ?? []) {
          const child = built.store.get(d.digest)
          if (child) visit(child)
        }
        for (const d of [...(json.config ? [json.config] : []), ...(json.layers ?? [])]) {
          const child = built.store.get(d.digest)
          if (child && !blobs.includes(child)) blobs.push(child)
        }
      }
    }
    visit(built.root)

    for (const b of blobs) {
      await this.retry(async () => {
        const head = await session.request('HEAD', `/v2/${repo}/blobs/${b.digest}`, { scopes })
        await head.body?.cancel()
        if (head.status === 200) return
        if (head.status !== 404)
          throw new RegistryHttpError(
            'HEAD',
            `${session.url}/v2/${repo}/blobs/${b.digest}`,
            head.status,
            '',
          )
        let from: string | undefined
        for (const [other, digests] of registryPushed)
          if (other !== repo && digests.has(b.digest)) from = other
        let startUrl = `/v2/${repo}/blobs/uploads/`
        let startScopes = scopes
        if (from) {
          startUrl += `?mount=${encodeURIComponent(b.digest)}&from=${encodeURIComponent(from)}`
          startScopes = [...scopes, `repository:${from}:pull`]
        }
        const start = await session.expect([201, 202], 'POST', startUrl, { scopes: startScopes })
        await start.body?.cancel()
        if (start.status === 201) return
        const location = new URL(start.headers.get('location') ?? '', session.url)
        location.searchParams.set('digest', b.digest)
        const put = await session.expect([201], 'PUT', location.toString(), {
          scopes,
          headers: { 'Content-Type': 'application/octet-stream' },
          body: b.data,
        })
        await put.body?.cancel()
      })
      here.add(b.digest)
    }

    for (const m of manifests.reverse()) {
      const isRoot = m === built.root
      const reference = isRoot && !byDigest ? (target.tag ?? 'latest') : m.digest
      const url = `/v2/${repo}/manifests/${reference}`
      await this.retry(async () => {
        const head = await session.request('HEAD', url, {
          scopes,
          headers: { Accept: `${m.mediaType}, */*` },
        })
        await head.body?.cancel()
        if (head.status === 200) {
          if (reference === m.digest || head.headers.get('docker-content-digest') === m.digest)
            return
        } else if (head.status !== 404)
          throw new RegistryHttpError('HEAD', `${session.url}${url}`, head.status, '')
        const put = await session.expect([200, 201], 'PUT', url, {
          scopes,
          headers: { 'Content-Type': m.mediaType },
          body: m.data,
        })
        await put.body?.cancel()
      })
    }
  }
}

// ---------------------------------------------------------------------------------------------
// docker/build-push-action

interface ExportEntry {
  type: string
  attrs: Map<string, string>
}

function parseExports(outputs: string[]): ExportEntry[] {
  return outputs.map(out => {
    const fields = getList(out, { quote: true })
    const attrs = new Map<string, string>()
    if (fields.length === 1 && !(fields[0] ?? '').includes('=')) {
      return { type: 'local', attrs: new Map([['dest', fields[0] ?? '']]) }
    }
    for (const f of fields) {
      const [k, v = ''] = splitOnce(f, '=')
      attrs.set(k.trim().toLowerCase(), v.trim())
    }
    let type = attrs.get('type') ?? ''
    attrs.delete('type')
    if (type === 'registry') {
      type = 'image'
      attrs.set('push', 'true')
    }
    if (!type) throw new BuildError(`type is required for output`)
    return { type, attrs }
  })
}

interface AttestRequest {
  provenance?: Map<string, string>
  sbom?: Map<string, string>
}

/** getAttestArgs of build-push-action, then buildx's parsing of --attest. */
function attestations(
  io: StepIO,
  provenanceInput: string,
  sbomInput: string,
  attests: string[],
  defaultProvenance: boolean,
): AttestRequest {
  const builderId = workflowRunUrl(io)
  const args: string[] = []
  const hasAttestProvenance = attests.some(a => /(^|,)\s*type\s*=\s*provenance\b/.test(a))
  let provenanceSet = false
  let sbomSet = false
  if (provenanceInput) {
    let attrs: string
    if (['true', 'True', 'TRUE'].includes(provenanceInput)) attrs = `builder-id=${builderId}`
    else if (['false', 'False', 'FALSE'].includes(provenanceInput)) attrs = 'false'
    else
      attrs = /(^|,)\s*builder-id=/.test(provenanceInput)
        ? provenanceInput
        : `${provenanceInput},builder-id=${builderId}`
    args.push(resolveAttestationAttrs(`type=provenance,${attrs}`))
    provenanceSet = true
  } else if (!hasAttestProvenance && defaultProvenance) {
    const isPrivate =
      ((io.github.event as { repository?: { private?: boolean } } | undefined)?.repository
        ?.private ?? false) === true
    args.push(
      isPrivate
        ? `type=provenance,mode=min,inline-only=true,builder-id=${builderId}`
        : `type=provenance,mode=max,builder-id=${builderId}`,
    )
  }
  if (sbomInput) {
    args.push(resolveAttestationAttrs(`type=sbom,${sbomInput}`))
    sbomSet = true
  }
  for (const a of attests) {
    const isProv = /(^|,)\s*type\s*=\s*provenance\b/.test(a)
    const isSbom = /(^|,)\s*type\s*=\s*sbom\b/.test(a)
    if ((!isProv && !isSbom) || (isProv && !provenanceSet) || (isSbom && !sbomSet)) args.push(a)
  }
  const out: AttestRequest = {}
  for (const a of args) {
    const attrs = new Map<string, string>()
    for (const f of a.split(',')) {
      const [k, v = ''] = splitOnce(f.trim(), '=')
      attrs.set(k, v)
    }
    const type = attrs.get('type')
    if (attrs.get('disabled') === 'true') {
      if (type === 'provenance') delete out.provenance
      if (type === 'sbom') delete out.sbom
      continue
    }
    if (type === 'provenance') out.provenance = attrs
    else if (type === 'sbom') out.sbom = attrs
    else
      throw new BuildError(`the build stand-in does not model attestations of type ${type ?? '?'}`)
  }
  return out
}

function resolveAttestationAttrs(attrs: string): string {
  return attrs
    .split(',')
    .map(a => a.trim())
    .filter(Boolean)
    .map(a => {
      try {
        return `disabled=${!parseBool(a)}`
      } catch {
        return a
      }
    })
    .join(',')
}

function workflowRunUrl(io: StepIO): string {
  const g = io.github
  const server = typeof g.server_url === 'string' ? g.server_url : 'https://github.com'
  const repo = typeof g.repository === 'string' ? g.repository : ''
  const runId = (g.run_id as string | number | undefined) ?? ''
  const attempt = (g.run_attempt as string | number | undefined) ?? '1'
  return `${server}/${repo}/actions/runs/${runId}/attempts/${attempt}`
}

function wrapFailure(e: unknown): never {
  if (e instanceof StepFailure) throw e
  if (e instanceof BuildError || e instanceof RegistryHttpError)
    throw new StepFailure(
      `buildx failed with: ERROR: failed to build: failed to solve: ${e.message}`,
    )
  throw e
}

/**
 * docker/build-push-action with a path context: builds each platform of `platforms` from the
 * Dockerfile, assembles buildx's result (a manifest, or an index for several platforms or with
 * attestations), pushes it to every `tags` name when `push` is true, and sets imageid, digest
 * and metadata as buildx's iidfile and metadata file give them.
 */
export async function buildPush(io: StepIO, options: ContainerPeerOptions = {}): Promise<void> {
  const started = nowNs()
  const inputs = {
    annotations: getInputList(io, 'build', 'annotations', { ignoreComma: true }),
    attests: getInputList(io, 'build', 'attests', { ignoreComma: true }),
    buildArgs: getInputList(io, 'build', 'build-args', { ignoreComma: true }),
    buildContexts: getInputList(io, 'build', 'build-contexts', { ignoreComma: true }),
    builder: getInput(io, 'build', 'builder'),
    cacheFrom: getInputList(io, 'build', 'cache-from', { ignoreComma: true }),
    cacheTo: getInputList(io, 'build', 'cache-to', { ignoreComma: true }),
    call: getInput(io, 'build', 'call'),
    context: getInput(io, 'build', 'context'),
    file: getInput(io, 'build', 'file'),
    labels: getInputList(io, 'build', 'labels', { ignoreComma: true }),
    load: getBooleanInput(io, 'build', 'load'),
    noCache: getBooleanInput(io, 'build', 'no-cache'),
    outputs: getInputList(io, 'build', 'outputs', { ignoreComma: true, quote: false }),
    platforms: getInputList(io, 'build', 'platforms'),
    provenance: getInput(io, 'build', 'provenance'),
    pull: getBooleanInput(io, 'build', 'pull'),
    push: getBooleanInput(io, 'build', 'push'),
    sbom: getInput(io, 'build', 'sbom'),
    tags: getInputList(io, 'build', 'tags'),
    target: getInput(io, 'build', 'target'),
  }
  if (!inputs.context || /^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(inputs.context))
    throw new StepFailure(
      `the build stand-in builds path contexts only (context: ${inputs.context || 'the default Git context'})`,
    )
  if (inputs.call && inputs.call !== 'build')
    throw new StepFailure(`the build stand-in does not model the ${inputs.call} subrequest (call)`)
  if (inputs.buildContexts.length > 0)
    throw new StepFailure('the build stand-in does not model named build contexts (build-contexts)')
  for (const [name, list] of [
    ['cache-from', inputs.cacheFrom],
    ['cache-to', inputs.cacheTo],
  ] as const)
    if (list.length > 0) io.log(`[stand-in] ${name} ignored: the stand-in has no build cache`)

  const m = machineOf(io)
  const builderName = inputs.builder || m.current
  const builder = m.builders.get(builderName)
  if (!builder)
    throw new StepFailure(`buildx failed with: ERROR: no builder "${builderName}" found`)
  const node = builder.nodes[0]
  const mobyDriver = builder.driver === 'docker'
  io.log(`Builder ${builder.name} (${builder.driver})`)

  try {
    // what buildx receives
    const buildArgs = new Map<string, string>()
    for (const arg of inputs.buildArgs) {
      const [k, v] = splitOnce(arg, '=')
      if (v !== undefined) buildArgs.set(k, v)
      else if (io.env[k] !== undefined) buildArgs.set(k, io.env[k] ?? '')
    }
    if (!buildArgs.has('SOURCE_DATE_EPOCH') && io.env.SOURCE_DATE_EPOCH)
      buildArgs.set('SOURCE_DATE_EPOCH', io.env.SOURCE_DATE_EPOCH)
    const labels: [string, string][] = inputs.labels.map(l => {
      const [k, v = ''] = splitOnce(l, '=')
      return [k, v]
    })
    const platforms = (
      inputs.platforms.length > 0 ? inputs.platforms : [formatPlatform(NATIVE_PLATFORM)]
    )
      .flatMap(p => p.split(','))
      .map(parsePlatform)
    if (platforms.length > 1 && mobyDriver)
      throw new StepFailure(
        'buildx failed with: Learn more at https://docs.docker.com/go/build-multi-platform/',
      )
    const defaultProvenance =
      !mobyDriver &&
      !inputs.load &&
      !inputs.outputs.some(o => /type=docker/.test(o)) &&
      !parseBoolEnv(io.env.BUILDX_NO_DEFAULT_ATTESTATIONS)
    const attest = attestations(
      io,
      inputs.provenance,
      inputs.sbom,
      inputs.attests,
      defaultProvenance,
    )
    if (mobyDriver && (attest.provenance || attest.sbom))
      throw new StepFailure(
        'buildx failed with: Learn more at https://docs.docker.com/go/attestations/',
      )

    // exporters: --output, then --push and --load as buildx adds them
    const exports = parseExports(inputs.outputs)
    if (inputs.push) {
      const images = exports.filter(e => e.type === 'image')
      for (const e of images) e.attrs.set('push', 'true')
      if (images.length === 0) exports.push({ type: 'image', attrs: new Map([['push', 'true']]) })
    }
    if (inputs.load && !exports.some(e => e.type === 'docker' && !e.attrs.has('dest')))
      exports.push({ type: 'docker', attrs: new Map() })
    if (exports.length === 0 && mobyDriver) exports.push({ type: 'image', attrs: new Map() })
    if (exports.length === 0)
      io.warning(
        `No output specified with ${builder.driver} driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load`,
      )
    const names = inputs.tags.map(t => parseName(t).name)
    for (const e of exports)
      if (['image', 'docker', 'oci'].includes(e.type) && !e.attrs.has('name') && names.length > 0)
        e.attrs.set('name', names.join(','))

    // the Dockerfile
    const contextDir = path.resolve(io.workspace, inputs.context)
    const file = inputs.file
      ? path.resolve(io.workspace, inputs.file)
      : path.join(contextDir, 'Dockerfile')
    if (!existsSync(contextDir))
      throw new StepFailure(
        `buildx failed with: ERROR: failed to build: unable to prepare context: path "${inputs.context}" not found`,
      )
    if (!existsSync(file) || !statSync(file).isFile())
      throw new BuildError(
        `failed to read dockerfile: open ${path.basename(file)}: no such file or directory`,
      )
    const dockerfile = parseDockerfile(readFileSync(file, 'utf8'))
    let epoch: number | undefined
    const sde = buildArgs.get('SOURCE_DATE_EPOCH')
    if (sde !== undefined && sde !== '') {
      if (!/^\d+$/.test(sde))
        throw new BuildError(`invalid SOURCE_DATE_EPOCH from frontend: "${sde}"`)
      epoch = Number(sde)
    }
    const rewriteTimestamp = exports.some(e => e.attrs.get('rewrite-timestamp') === 'true')
    const settings: BuildSettings = {
      dockerfile,
      contextDir,
      buildArgs,
      consumed: new Set(['SOURCE_DATE_EPOCH']),
      ...(epoch !== undefined ? { epoch } : {}),
      rewriteTimestamp,
      log: text => io.log(text),
    }
    const context = new BuildContext(contextDir)
    let targetIndex = dockerfile.stages.length - 1
    if (inputs.target) {
      const found = dockerfile.stages.find(s => s.name === inputs.target.toLowerCase())
      if (!found) throw new BuildError(`target stage "${inputs.target}" could not be found`)
      targetIndex = found.index
    }

    // one image per platform
    const parsedAnnotations = parseAnnotations(inputs.annotations)
    const store = new Map<string, Blob>()
    const add = (b: Blob) => store.set(b.digest, b)
    const images: BuiltImage[] = []
    for (const platform of platforms) {
      const state = new PlatformBuild(settings, platform, context).stage(targetIndex)
      const layers = state.layers.map(layerBlob)
      const layerBlobs = layers.map(l => blob(OCI_LAYER_GZIP, l.gz))
      const created =
        epoch !== undefined
          ? goTime(BigInt(epoch) * 1_000_000_000n)
          : (state.history.at(-1)?.created ?? goTime(nowNs()))
      const config = imageConfigBlob(
        state,
        labels,
        created,
        layers.map(l => l.diffId),
      )
      const manifest = imageManifest(
        config,
        layerBlobs,
        annotationsFor(parsedAnnotations, platform).manifest,
      )
      for (const b of [config, ...layerBlobs, manifest]) add(b)
      images.push({ platform, manifest, config, layers: layerBlobs, state })
    }
    const unused = [...buildArgs.keys()].filter(
      k => !settings.consumed.has(k) && !AUTOMATIC_ARGS.includes(k),
    )
    if (unused.length > 0)
      io.log(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed`)

    // attestations, as buildkit attaches them to an index
    const imageNames = exports.find(e => e.type === 'image')?.attrs.get('name') ?? names.join(',')
    const ref = randomRef()
    const finished = nowNs()
    let provenancePredicate: unknown
    const attestationChildren: Blob[] = []
    if (attest.provenance || attest.sbom) {
      for (const img of images) {
        const subjects = imageNames
          .split(',')
          .filter(Boolean)
          .map(n => ({
            name: purl(n, img.platform),
            digest: { sha256: img.manifest.digest.slice(7) },
          }))
        const statements: Blob[] = []
        const types: string[] = []
        if (attest.sbom) {
          types.push('https://spdx.dev/Document')
          statements.push(
            blob(
              INTOTO,
              Buffer.from(
                goJson(
                  statement(
                    'https://spdx.dev/Document',
                    subjects,
                    sbomPredicate(img, goTime(finished)),
                  ),
                ),
              ),
            ),
          )
        }
        if (attest.provenance) {
          const predicate = provenance(io, attest.provenance, {
            platform: img.platform,
            ref,
            started,
            finished,
            buildArgs,
            labels,
            target: inputs.target,
            file: path.basename(file),
          })
          provenancePredicate ??= predicate
          types.push('https://slsa.dev/provenance/v0.2')
          statements.push(
            blob(
              INTOTO,
              Buffer.from(
                goJson(statement('https://slsa.dev/provenance/v0.2', subjects, predicate)),
              ),
            ),
          )
        }
        const { manifest, config } = attestationManifest(statements, types)
        for (const b of [...statements, config, manifest]) add(b)
        attestationChildren.push(manifest)
      }
    }

    // the root: one manifest, or an index
    let built: BuiltRoot
    const useIndex = images.length > 1 || attestationChildren.length > 0
    const rootAnnotations = annotationsFor(parsedAnnotations)
    if (!useIndex) {
      const img = images[0]
      if (!img) throw new BuildError('nothing was built')
      if (
        Object.keys(rootAnnotations.index).length +
          Object.keys(rootAnnotations.indexDescriptor).length >
        0
      )
        throw new BuildError('index annotations not supported for single platform export')
      built = {
        root: img.manifest,
        store,
        children: [],
        images,
        configDigest: img.config.digest,
        descriptor: {
          mediaType: OCI_MANIFEST,
          digest: img.manifest.digest,
          size: img.manifest.data.length,
          annotations: sorted(annotationsFor(parsedAnnotations, img.platform).manifestDescriptor),
          platform: platformJson(img.platform) as DescriptorJson['platform'],
        },
      }
    } else {
      const manifests: DescriptorJson[] = images.map(img => ({
        mediaType: OCI_MANIFEST,
        digest: img.manifest.digest,
        size: img.manifest.data.length,
        annotations: sorted(annotationsFor(parsedAnnotations, img.platform).manifestDescriptor),
        platform: platformJson(img.platform) as DescriptorJson['platform'],
      }))
      attestationChildren.forEach((a, i) =>
        manifests.push({
          mediaType: OCI_MANIFEST,
          digest: a.digest,
          size: a.data.length,
          annotations: {
            'vnd.docker.reference.digest': images[i]?.manifest.digest ?? '',
            'vnd.docker.reference.type': 'attestation-manifest',
          },
          platform: { architecture: 'unknown', os: 'unknown' },
        }),
      )
      const index = blob(
        OCI_INDEX,
        Buffer.from(
          goJson(
            {
              schemaVersion: 2,
              mediaType: OCI_INDEX,
              manifests,
              annotations: sorted(rootAnnotations.index),
            },
            2,
          ),
        ),
      )
      add(index)
      built = {
        root: index,
        store,
        children: [...images.map(i => i.manifest), ...attestationChildren],
        images,
        descriptor: {
          mediaType: OCI_INDEX,
          digest: index.digest,
          size: index.data.length,
          annotations: sorted(rootAnnotations.indexDescriptor),
        },
      }
    }

    // exporters
    const response: Record<string, unknown> = {}
    const pusher = new Pusher(io, options)
    for (const e of exports) {
      if (e.type === 'image' || e.type === 'docker' || e.type === 'oci') {
        const exportNames = (e.attrs.get('name') ?? '').split(',').filter(Boolean)
        if (exportNames.length > 0) response['image.name'] = exportNames.join(',')
        response['containerimage.digest'] = built.root.digest
        response['containerimage.descriptor'] = built.descriptor
        if (built.configDigest) response['containerimage.config.digest'] = built.configDigest
        if (e.type === 'image' && e.attrs.get('push') === 'true') {
          const byDigest = e.attrs.get('push-by-digest') === 'true'
          for (const n of exportNames) {
            io.log(`pushing ${n}`)
            try {
              await pusher.push(parseName(n), built, byDigest)
            } catch (err) {
              if (err instanceof BuildError || err instanceof RegistryHttpError)
                throw new BuildError(`failed to push ${n}: ${err.message}`)
              throw err
            }
          }
        } else if (e.type !== 'image' || mobyDriver) {
          io.log(`[stand-in] ${e.type} export: there is no docker engine to load the image into`)
        }
        if (e.type === 'docker' || e.type === 'oci') {
          const dest = e.attrs.get('dest')
          if (dest) io.log(`[stand-in] ${e.type} export to ${dest} is not written`)
        }
      } else if (e.type === 'local' || e.type === 'tar') {
        const dest = path.resolve(io.workspace, e.attrs.get('dest') ?? '')
        exportRootfs(e.type, dest, images)
      } else throw new BuildError(`the build stand-in does not model the ${e.type} exporter`)
    }

    // the metadata file and the iidfile
    const nodeName = node?.name ?? builder.name
    response['buildx.build.ref'] = `${builder.name}/${nodeName}/${ref}`
    const metadataMode = io.env.BUILDX_METADATA_PROVENANCE ?? ''
    if (provenancePredicate && !/^(disabled|false|0|f)$/i.test(metadataMode) && !mobyDriver)
      response['buildx.build.provenance'] = provenancePredicate
    const metadata = sorted(response) ?? {}
    const hasIidFile = !exports.some(e => e.type === 'local' || e.type === 'tar')
    const digest = response['containerimage.digest'] as string | undefined
    const imageId = (response['containerimage.config.digest'] as string | undefined) ?? digest
    if (hasIidFile && imageId) {
      io.log(imageId)
      io.setOutput('imageid', imageId)
    }
    if (digest) {
      io.log(digest)
      io.setOutput('digest', digest)
    }
    const metadataText = JSON.stringify(metadata, null, 2)
    io.log(metadataText)
    io.setOutput('metadata', metadataText)
    io.appendSummary(
      `### Build ${builder.name}\n\n| | |\n|---|---|\n| platforms | ${platforms.map(formatPlatform).join(', ')} |\n| digest | \`${digest ?? '-'}\` |\n| pushed | ${
        inputs.push ? names.join(', ') || '-' : 'no'
      } |\n`,
    )
  } catch (e) {
    wrapFailure(e)
  }
}

function parseBoolEnv(v: string | undefined): boolean {
  if (!v) return false
  try {
    return parseBool(v)
  } catch {
    return false
  }
}

function statement(predicateType: string, subject: unknown[], predicate: unknown): unknown {
  return { _type: 'https://in-toto.io/Statement/v0.1', predicateType, subject, predicate }
}

interface ProvenanceInput {
  platform: Platform
  ref: string
  started: bigint
  finished: bigint
  buildArgs: Map<string, string>
  labels: [string, string][]
  target: string
  file: string
}

/** A SLSA v0.2 predicate shaped as buildkit's (mode min: no build config, no layer metadata). */
function provenance(io: StepIO, attrs: Map<string, string>, p: ProvenanceInput): unknown {
  const args: Record<string, string> = {}
  for (const [k, v] of p.buildArgs) args[`build-arg:${k}`] = v
  for (const [k, v] of p.labels) args[`label:${k}`] = v
  if (p.file !== 'Dockerfile') args.filename = p.file
  if (p.target) args.target = p.target
  const mode = attrs.get('mode') ?? 'min'
  return {
    builder: { id: attrs.get('builder-id') ?? workflowRunUrl(io) },
    buildType: 'https://mobyproject.org/buildkit@v1',
    materials: [],
    invocation: {
      configSource: { entryPoint: p.file },
      parameters: {
        frontend: 'dockerfile.v0',
        args: sorted(args),
        locals: [{ name: 'context' }, { name: 'dockerfile' }],
      },
      environment: { platform: formatPlatform(p.platform) },
    },
    metadata: {
      buildInvocationID: p.ref,
      buildStartedOn: goTime(p.started),
      buildFinishedOn: goTime(p.finished),
      completeness: { parameters: mode === 'max', environment: true, materials: false },
      reproducible: false,
      'https://mobyproject.org/buildkit@v1#metadata': {},
    },
  }
}

/** An SPDX 2.3 document of the files the image got from the build context (the SBOM generator is modelled). */
function sbomPredicate(img: BuiltImage, created: string): unknown {
  const files = [...new Set(img.state.copied)].sort().map((f, i) => {
    const e = img.state.fs.get(f)
    const data = e ? entryData(e) : Buffer.alloc(0)
    return {
      fileName: `/${f}`,
      SPDXID: `SPDXRef-File-${i}`,
      checksums: [
        { algorithm: 'SHA256', checksumValue: createHash('sha256').update(data).digest('hex') },
      ],
    }
  })
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: 'sbom',
    documentNamespace: `https://docker.com/docker-scout/sbom/${randomUUID()}`,
    creationInfo: { created, creators: ['Tool: buildkit-stand-in'] },
    packages: [],
    files,
  }
}

/** The local and tar exporters: the target stage's rootfs (one directory per platform for several). */
function exportRootfs(type: 'local' | 'tar', dest: string, images: BuiltImage[]): void {
  const multi = images.length > 1
  for (const img of images) {
    const entries = [...img.state.fs.entries()].sort(([a], [b]) => comparePaths(a, b))
    const prefix = multi ? `${formatPlatform(img.platform).replaceAll('/', '_')}/` : ''
    if (type === 'tar') {
      mkdirSync(path.dirname(dest), { recursive: true })
      writeFileSync(multi ? `${dest}.${prefix.slice(0, -1)}` : dest, writeTar(entries))
      continue
    }
    const root = path.join(dest, prefix)
    mkdirSync(root, { recursive: true })
    for (const [p, e] of entries) {
      const target = path.join(root, p)
      if (e.type === 'dir') mkdirSync(target, { recursive: true })
      else if (e.type === 'symlink') {
        rmSync(target, { force: true })
        symlinkSync(e.link ?? '', target)
      } else {
        mkdirSync(path.dirname(target), { recursive: true })
        writeFileSync(target, entryData(e), { mode: e.mode })
      }
    }
  }
}
