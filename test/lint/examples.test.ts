/**
 * The example workflows of examples/ (documented in the README, copied by users): actionlint finds
 * nothing, every third-party action is pinned by a full commit sha, and the docs deploy runs only
 * when release.yml says the run published the highest stable release (its latest-stable output,
 * which release.yml declares).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { root } from '../helpers/cli.ts'
import { runActionlint } from '../helpers/actionlint.ts'

const dir = path.join(root, 'examples')
const examples = readdirSync(dir).filter(f => /\.ya?ml$/.test(f))
const text = (f: string) => readFileSync(path.join(dir, f), 'utf8')

interface Job {
  needs?: string
  if?: string
  uses?: string
  permissions?: Record<string, string>
  steps?: { uses?: string }[]
}

describe('examples/', () => {
  it('has the docs-deploy example', () => {
    expect(examples).toContain('release-with-docs.yaml')
  })

  it.each(examples)('%s: actionlint finds nothing', async file => {
    const results = await runActionlint(text(file), `examples/${file}`)
    expect(results.map(r => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([])
  })

  it.each(examples)('%s: third-party actions pinned by sha with a version comment', file => {
    const uses = [...text(file).matchAll(/uses: (\S+)(.*)/g)]
    for (const [, ref, rest] of uses) {
      if (ref?.startsWith('release-actions/release-actions/')) continue
      expect(ref, ref).toMatch(/@[0-9a-f]{40}$/)
      expect(rest, ref).toMatch(/# v\d/)
    }
  })

  it('deploys the docs only on latest-stable, an output release.yml declares', () => {
    const wf = parse(text('release-with-docs.yaml')) as { jobs: Record<string, Job> }
    const docs = wf.jobs.docs as Job
    expect(docs.needs).toBe('release')
    expect(docs.if).toBe("needs.release.outputs.latest-stable == 'true'")
    expect(docs.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' })
    expect(docs.steps?.at(-1)?.uses).toMatch(/^actions\/deploy-pages@/)
    const release = parse(
      readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8'),
    ) as {
      on: { workflow_call: { outputs: Record<string, { value: string }>; secrets: object } }
    }
    const out = release.on.workflow_call.outputs['latest-stable']?.value ?? ''
    expect(out).toContain("jobs.version.outputs.is-latest == 'true'")
    expect(Object.keys(release.on.workflow_call.secrets)).toContain('NOTIFY_WEBHOOK_URL')
  })
})
