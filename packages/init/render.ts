/**
 * The files `release-actions init` writes, rendered from the starters of workflows/ (embedded as
 * starters.json) by editing their lines, so that their comments stay: the suite's own `uses:`
 * pinned at the ref, the images, charts and registry of the plan set, and
 * .github/release-actions.yml with the gates it inferred, under a `# yaml-language-server:
 * $schema=` line that names the schema of the same ref.
 */
import { stringify } from 'yaml'
import type { Project } from './detect.ts'
import starters from './starters.json' with { type: 'json' }

export const SUITE = 'release-actions/release-actions'

export interface Image {
  name: string
  dockerfile: string
  context: string
}

export interface InitPlan {
  /** The ref the suite's workflows are called at (v1.2.3). */
  ref: string
  /** owner/repo, lower-cased; undefined when unknown (the images use github.repository). */
  repository: string | undefined
  registry: string
  images: Image[]
  project: Project
  /** The branch on-main.yaml builds. */
  branch: string
  /** deploy: true (the demo on Cloud Run). */
  deploy: boolean
  /** homebrew-tap (owner/homebrew-tap), with secret HOMEBREW_TAP_TOKEN. */
  homebrewTap: string | undefined
  /** Pass on the secret NOTIFY_WEBHOOK_URL. */
  notify: boolean
}

/** The URL of the schema at `ref`, for the `$schema=` line. */
export function schemaUrl(ref: string): string {
  return `https://raw.githubusercontent.com/${SUITE}/${ref}/schema/release-actions.schema.json`
}

/** A starter as init writes it: its "copy it" line says where it came from instead. */
function starter(name: keyof typeof starters): string {
  return replaceLine(
    starters[name],
    /^# Starter workflow: copy it to \.github\/workflows\/ in your repository\.$/m,
    () => `# Written by release-actions init from the starter workflows/${name}; edit freely.`,
  )
}

/** Replace the first line matching `re`; a starter without it is a bug of init (tests catch it). */
function replaceLine(text: string, re: RegExp, by: (m: RegExpExecArray) => string): string {
  const m = re.exec(text)
  if (!m) throw new Error(`init: the starter has no line matching ${String(re)}`)
  return text.slice(0, m.index) + by(m) + text.slice(m.index + m[0].length)
}

/** Every `uses: release-actions/release-actions/...@ref` at `ref`. */
export function pinSuite(text: string, ref: string): string {
  return text.replace(
    /(uses:\s*release-actions\/release-actions\/[^@\s]+)@[^\s#]+/g,
    (_, uses: string) => `${uses}@${ref}`,
  )
}

/** A scalar as YAML writes it in a flow context (quoted only when it must be). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd()
}

const REGISTRY_SECRETS = (indent: string) =>
  `${indent}secrets:\n` +
  `${indent}  REGISTRY_USERNAME: \${{ secrets.REGISTRY_USERNAME }}\n` +
  `${indent}  REGISTRY_PASSWORD: \${{ secrets.REGISTRY_PASSWORD }}\n`

function imagesValue(plan: InitPlan, indent: string): string {
  const { images } = plan
  if (images.length === 1) {
    const [image] = images as [Image]
    let out = `${indent}images: ${scalar(image.name)}\n`
    if (image.context !== '.') out += `${indent}context: ${scalar(image.context)}\n`
    if (image.dockerfile !== defaultDockerfile(image.context))
      out += `${indent}dockerfile: ${scalar(image.dockerfile)}\n`
    return out
  }
  const list = images
    .map(
      i =>
        `${indent}  - name: ${scalar(i.name)}\n` +
        `${indent}    dockerfile: ${scalar(i.dockerfile)}\n` +
        `${indent}    context: ${scalar(i.context)}\n`,
    )
    .join('')
  return `${indent}images: |\n${list}`
}

function defaultDockerfile(context: string): string {
  return context === '.' ? 'Dockerfile' : `${context}/Dockerfile`
}

/** .github/workflows/release.yml: workflows/on-tag.yaml with the plan's values. */
export function renderRelease(plan: InitPlan): string {
  let text = pinSuite(starter('on-tag.yaml'), plan.ref)
  text = replaceLine(text, /^( +)images: .*\n/m, m => {
    const indent = m[1] as string
    let out =
      plan.images.length === 0
        ? `${indent}# images: ghcr.io/owner/app  # no Dockerfile found; set it to publish images\n`
        : imagesValue(plan, indent)
    if (plan.registry !== 'ghcr.io' && (plan.images.length > 0 || plan.project.charts.length > 0))
      out += `${indent}registry: ${scalar(plan.registry)}\n`
    if (plan.project.charts.length > 0)
      out +=
        plan.project.charts.length === 1
          ? `${indent}charts: ${scalar(plan.project.charts[0] as string)}\n`
          : `${indent}charts: |\n${plan.project.charts.map(c => `${indent}  ${c}\n`).join('')}`
    return out
  })
  // The commented example of the multi-image form, once the form is written out above it.
  if (plan.images.length > 1)
    text = text.replace(
      /^( +)# Several images built apart:.*\n(?:\1#(?: .*)?\n)*?(?=\1# build-command:)/m,
      '',
    )
  if (plan.deploy) text = replaceLine(text, /^( +)# (deploy: true\b.*\n)/m, m => `${m[1]}${m[2]}`)
  if (plan.homebrewTap)
    text = replaceLine(
      text,
      /^( +)# homebrew-tap: \S+(.*\n)/m,
      m => `${m[1]}homebrew-tap: ${scalar(plan.homebrewTap as string)}${m[2]}`,
    )
  const registry =
    plan.registry !== 'ghcr.io' && (plan.images.length > 0 || plan.project.charts.length > 0)
  if (registry || plan.homebrewTap || plan.notify) {
    text = replaceLine(text, /^( +)# secrets:\n/m, m =>
      registry ? REGISTRY_SECRETS(m[1] as string) : `${m[1]}secrets:\n`,
    )
    if (plan.homebrewTap)
      text = replaceLine(text, /^( +)# ( +HOMEBREW_TAP_TOKEN: .*\n)/m, m => `${m[1]}${m[2]}`)
    if (plan.notify)
      text = replaceLine(text, /^( +)# ( +NOTIFY_WEBHOOK_URL: .*\n)/m, m => `${m[1]}${m[2]}`)
  }
  return text
}

/** .github/workflows/on-main.yaml: the edge and nightly image of the first image. */
export function renderOnMain(plan: InitPlan): string {
  let text = pinSuite(starter('on-main.yaml'), plan.ref)
  text = replaceLine(
    text,
    /^( +)branches: \[main\]\n/m,
    m => `${m[1]}branches: [${scalar(plan.branch)}]\n`,
  )
  const image = plan.images[0]
  if (image) {
    text = replaceLine(text, /^( +)images: .*\n/m, m => `${m[1]}images: ${scalar(image.name)}\n`)
    text = replaceLine(text, /^( +)context: \.\n/m, m => {
      const indent = m[1] as string
      let out = `${indent}context: ${scalar(image.context)}\n`
      if (image.dockerfile !== defaultDockerfile(image.context))
        out += `${indent}file: ${scalar(image.dockerfile)}\n`
      return out
    })
  }
  if (image && plan.registry !== 'ghcr.io') {
    text = replaceLine(
      text,
      /^( +)registry: ghcr\.io\n/m,
      m => `${m[1]}registry: ${scalar(plan.registry)}\n`,
    )
    text = replaceLine(
      text,
      /^( +)username: .*\n\1password: .*\n/m,
      m =>
        `${m[1]}username: \${{ secrets.REGISTRY_USERNAME }}\n${m[1]}password: \${{ secrets.REGISTRY_PASSWORD }}\n`,
    )
  }
  return text
}

/** .github/workflows/supersede.yaml: the rolling tags of every image move back. */
export function renderSupersede(plan: InitPlan): string {
  let text = pinSuite(starter('supersede.yaml'), plan.ref)
  text = replaceLine(text, /^( +)images: .*\n/m, m => {
    const indent = m[1] as string
    if (plan.images.length === 0)
      return `${indent}# images: ghcr.io/owner/app  # no Dockerfile found\n`
    if (plan.images.length === 1)
      return `${indent}images: ${scalar((plan.images[0] as Image).name)}\n`
    return `${indent}images: |\n${plan.images.map(i => `${indent}  ${i.name}\n`).join('')}`
  })
  if (plan.registry !== 'ghcr.io' && plan.images.length > 0)
    text = `${text.replace(/\n*$/, '\n')}${REGISTRY_SECRETS('    ')}`
  return text
}

/** The gates of the config, as plain data. */
export function configGates(project: Project): Record<string, unknown>[] {
  const gates: Record<string, unknown>[] = project.tests.map(t => ({ name: t.name, run: t.run }))
  const license = project.licenseHeaders
  if (license)
    gates.push({
      uses: 'license-headers',
      with: {
        paths: license.paths,
        ...(license.exclude.length ? { exclude: license.exclude } : {}),
        header: license.header,
      },
    })
  if (project.versions.length > 0)
    gates.push({
      uses: 'version-alignment',
      with: {
        files: project.versions.map(v => ({
          path: v.path,
          key: v.key,
          ...(v.prefix ? { prefix: v.prefix } : {}),
        })),
      },
    })
  if (project.workflows.length > 0)
    gates.push({
      uses: 'required-checks',
      with: { workflows: project.workflows, 'wait-minutes': 30 },
    })
  // Nothing inferred: the one gate every repository passes, so the release has a gate to run.
  if (gates.length === 0) gates.push({ uses: 'clean-tree' })
  return gates
}

/** .github/release-actions.yml. */
export function renderConfig(plan: InitPlan): string {
  const gates = configGates(plan.project)
  const nothing = gates.length === 1 && gates[0]?.uses === 'clean-tree'
  const lines = [
    `# yaml-language-server: $schema=${schemaUrl(plan.ref)}`,
    '# The release gates (quality-gates): every one must pass before anything is published.',
    nothing
      ? '# release-actions init found no test command, SPDX headers, versions or CI workflows: add yours'
      : '# Written by release-actions init from what it found in the repository; edit freely.',
    ...(nothing ? ['#   - { name: unit tests, run: make test }'] : []),
    stringify({ gates }, { lineWidth: 0 }).trimEnd(),
  ]
  return `${lines.join('\n')}\n`
}
