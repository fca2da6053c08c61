/**
 * The workflow runner of the tests, checked against GitHub's documented rules: each case names the
 * rule (docs.github.com, "Workflow syntax for GitHub Actions", "Evaluate expressions in workflows
 * and actions", "Reusing workflows", "Running variations of jobs in a workflow", "Store information
 * in variables", "Workflow commands for GitHub Actions", "Events that trigger workflows") and runs
 * a small workflow that exercises it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs } from '../helpers/tmp.ts'
import type { TestRepo } from '../peers/repo.ts'
import { World } from '../peers/world.ts'
import { GITHUB_STAND_INS } from '../peers/stand-ins.ts'
import { evaluate } from '../peers/workflow/expressions.ts'
import { expandMatrix } from '../peers/workflow/matrix.ts'
import { matchesFilters, pushTriggers } from '../peers/workflow/filters.ts'
import type { RunResult } from '../peers/workflow/runner.ts'

const REPO = 'octo/runner-cases'
let world: World
let repo: TestRepo

const WORKFLOWS: Record<string, string> = {
  // Status functions of steps; continue-on-error.
  'steps.yml': `
on: push
jobs:
  s:
    runs-on: ubuntu-24.04
    steps:
      - id: ok
        run: echo "value=first" >> "$GITHUB_OUTPUT"
      - id: soft
        continue-on-error: true
        run: exit 3
      - id: after-soft
        run: echo "still=\${{ steps.soft.outcome }}-\${{ steps.soft.conclusion }}" >> "$GITHUB_OUTPUT"
      - id: hard
        run: exit 1
      - id: skipped-by-default
        run: echo never
      - id: on-failure
        if: failure()
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
      - id: always
        if: always()
        env:
          FIRST: \${{ steps.ok.outputs.value }}
        run: echo "first=$FIRST" >> "$GITHUB_OUTPUT"
`,
  // env: workflow < job < step, GITHUB_ENV, GITHUB_PATH, defaults.run, shells.
  'env.yml': `
on: push
env:
  LEVEL: workflow
  W: w
defaults:
  run:
    shell: bash
jobs:
  e:
    runs-on: ubuntu-24.04
    env:
      LEVEL: job
      J: j
    steps:
      - id: one
        env:
          LEVEL: step
        run: |
          echo "level=$LEVEL w=$W j=$J" >> "$GITHUB_OUTPUT"
          mkdir sub
          echo "FROM_ENV=set-by-one" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/tools" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/tools/mytool" && chmod +x "$RUNNER_TEMP/tools/mytool"
          echo "$RUNNER_TEMP/tools" >> "$GITHUB_PATH"
      - id: two
        run: |
          echo "level=$LEVEL from=$FROM_ENV ctx=\${{ env.FROM_ENV }} tool=$(mytool)" >> "$GITHUB_OUTPUT"
      - id: pipefail
        continue-on-error: true
        run: false | true
      - id: plain-shell
        shell: sh
        run: false | true
      - id: workdir
        working-directory: sub
        run: pwd > /dev/null
`,
  // needs: outputs, results, and a skip that travels down the dependency chain.
  'needs.yml': `
on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    outputs:
      x: \${{ steps.s.outputs.x }}
    steps:
      - id: s
        run: echo "x=from-a" >> "$GITHUB_OUTPUT"
  skipped:
    if: false
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  b:
    needs: [a, skipped]
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  c:
    needs: [a, skipped]
    if: always()
    runs-on: ubuntu-24.04
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          X: \${{ needs.a.outputs.x }}
          R: \${{ needs.skipped.result }}
        run: echo "seen=$X/$R" >> "$GITHUB_OUTPUT"
  d:
    needs: c
    runs-on: ubuntu-24.04
    steps:
      - run: echo never
  fails:
    runs-on: ubuntu-24.04
    steps:
      - run: exit 1
  after-failure:
    needs: fails
    if: \${{ !cancelled() && needs.fails.result == 'failure' }}
    runs-on: ubuntu-24.04
    steps:
      - run: echo handled
`,
  // Matrices: product, include, exclude, from JSON; job names; outputs of the last instance.
  'matrix.yml': `
on: push
jobs:
  plan:
    runs-on: ubuntu-24.04
    outputs:
      list: \${{ steps.p.outputs.list }}
    steps:
      - id: p
        run: echo 'list=[{"name":"api","file":"a.Dockerfile"},{"name":"cli","file":"c.Dockerfile"}]' >> "$GITHUB_OUTPUT"
  grid:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        os: [linux, darwin]
        arch: [amd64, arm64]
        exclude:
          - { os: darwin, arch: amd64 }
        include:
          - { os: linux, extra: yes }
          - { os: windows, arch: amd64 }
    steps:
      - run: echo "\${{ matrix.os }}/\${{ matrix.arch }}/\${{ matrix.extra }}"
  images:
    needs: plan
    name: Build \${{ matrix.image.name }}
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        image: \${{ fromJSON(needs.plan.outputs.list) }}
    outputs:
      last: \${{ steps.s.outputs.file }}
    steps:
      - id: s
        run: echo "file=\${{ matrix.image.file }}" >> "$GITHUB_OUTPUT"
  fail-fast:
    runs-on: ubuntu-24.04
    strategy:
      matrix:
        n: [1, 2, 3]
    steps:
      - run: test "\${{ matrix.n }}" != 1
`,
  // Workflow commands: masks, stop-commands, output files.
  'commands.yml': `
on: push
jobs:
  c:
    runs-on: ubuntu-24.04
    outputs:
      leaked: \${{ steps.m.outputs.secret }}
      fine: \${{ steps.m.outputs.fine }}
    steps:
      - id: m
        run: |
          echo "::add-mask::hunter2-token"
          echo "the secret is hunter2-token"
          echo "secret=hunter2-token" >> "$GITHUB_OUTPUT"
          echo "fine=visible" >> "$GITHUB_OUTPUT"
          token=stop$RANDOM
          echo "::stop-commands::$token"
          echo "::error::not an annotation"
          echo "::$token::"
          echo "::warning::a real warning"
      - id: heredoc
        run: |
          {
            echo "multi<<EOF_1"
            printf 'line one\\nline two\\n'
            echo "EOF_1"
          } >> "$GITHUB_OUTPUT"
      - id: injected
        run: printf 'artifact=files\\nrogue line\\n' >> "$GITHUB_OUTPUT"
`,
  // A composite action from the repository, and a reusable workflow with inputs, secrets, outputs.
  'composite.yml': `
on: push
jobs:
  c:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
        with:
          persist-credentials: false
      - id: act
        uses: ./.github/actions/greet
        with:
          who: world
          unknown-input: x
      - env:
          GREETING: \${{ steps.act.outputs.greeting }}
        run: test "$GREETING" = "hello world from greet"
`,
  'call.yml': `
on: push
permissions: {}
jobs:
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/reusable.yml
    with:
      name: caller
      flag: true
    secrets:
      TOKEN: \${{ secrets.DEPLOY_TOKEN }}
  after:
    needs: call
    runs-on: ubuntu-24.04
    permissions: {}
    steps:
      - env:
          OUT: \${{ needs.call.outputs.said }}
        run: test "$OUT" = "caller:true:secret-set:contents=read"
`,
  'reusable.yml': `
on:
  workflow_call:
    inputs:
      name: { type: string, required: true }
      flag: { type: boolean, default: false }
      unset: { type: string, default: fallback }
    secrets:
      TOKEN: { required: true }
    outputs:
      said:
        value: \${{ jobs.inner.outputs.said }}
jobs:
  inner:
    runs-on: ubuntu-24.04
    outputs:
      said: \${{ steps.s.outputs.said }}
    steps:
      - id: s
        env:
          NAME: \${{ inputs.name }}
          FLAG: \${{ inputs.flag }}
          UNSET: \${{ inputs.unset }}
          HAS: \${{ secrets.TOKEN != '' && 'secret-set' || 'none' }}
          INHERITED: \${{ secrets.DEPLOY_TOKEN }}
        run: |
          test "$UNSET" = fallback
          test -z "$INHERITED"
          echo "said=$NAME:$FLAG:$HAS:contents=read" >> "$GITHUB_OUTPUT"
`,
  'escalate.yml': `
on: push
jobs:
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/wants-write.yml
`,
  'wants-write.yml': `
on: workflow_call
jobs:
  greedy:
    runs-on: ubuntu-24.04
    permissions:
      contents: write
    steps:
      - run: echo never
`,
  'tags.yml': `
on:
  push:
    tags: ['v*.*.*']
jobs:
  t:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "\${{ github.ref_name }}"
`,
  'dispatch.yml': `
on:
  workflow_dispatch:
    inputs:
      tag: { type: string, required: true }
      dry: { type: boolean, default: true }
jobs:
  d:
    runs-on: ubuntu-24.04
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          SEEN: \${{ github.ref }}|\${{ inputs.tag }}|\${{ inputs.dry }}|\${{ github.event.inputs.dry }}|\${{ inputs.dry == true }}
        run: echo "seen=$SEEN" >> "$GITHUB_OUTPUT"
`,
  'schedule.yml': `
on:
  schedule:
    - cron: '17 3 * * *'
jobs:
  s:
    runs-on: ubuntu-24.04
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        env:
          SEEN: \${{ github.event_name }}|\${{ github.ref }}|\${{ github.event.schedule }}
        run: echo "seen=$SEEN|$GITHUB_SHA" >> "$GITHUB_OUTPUT"
`,
  'suite-action.yml': `
on: push
jobs:
  v:
    runs-on: ubuntu-24.04
    outputs:
      version: \${{ steps.v.outputs.version }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
        with:
          fetch-depth: 0
          persist-credentials: false
      - id: v
        uses: release-actions/release-actions/compute-version@main
        with:
          bump: tag
`,
  'unpinned.yml': `
on: push
jobs:
  u:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
`,
}

const GREET = `name: greet
description: a composite of the tests
inputs:
  who:
    description: who
    required: true
outputs:
  greeting:
    description: the greeting
    value: \${{ steps.say.outputs.text }}
runs:
  using: composite
  steps:
    - id: say
      shell: bash
      env:
        WHO: \${{ inputs.who }}
      run: |
        test -f "$GITHUB_ACTION_PATH/action.yml"
        test "\${{ github.action_path }}" = "$GITHUB_ACTION_PATH"
        echo "text=hello $WHO from $(basename "$GITHUB_ACTION_PATH")" >> "$GITHUB_OUTPUT"
`

beforeAll(async () => {
  world = await World.start()
  for (const [name, fn] of Object.entries(GITHUB_STAND_INS)) world.standIns.set(name, fn)
  repo = await world.createRepository(REPO, { secrets: { DEPLOY_TOKEN: 'deploy-secret-value' } })
  const files: Record<string, string> = {
    'sub/.keep': '',
    '.github/actions/greet/action.yml': GREET,
  }
  for (const [name, content] of Object.entries(WORKFLOWS))
    files[`.github/workflows/${name}`] = content
  await repo.commit('feat: the cases', files)
  await repo.tag('v1.2.3', { message: 'Release v1.2.3' })
  await repo.tag('v1.2.3.4')
  await world.push(REPO)
})

afterAll(async () => {
  await world?.stop()
  cleanupTempDirs()
})

const run = (workflow: string, ref = 'refs/heads/main') =>
  world.runner.run({
    repository: REPO,
    workflow: `.github/workflows/${workflow}`,
    event: { name: 'push', ref },
  })

const explain = (r: RunResult) => r.log()

// https://docs.github.com/en/actions/reference/workflows-and-actions/expressions: literals, operators (loose equality, case-insensitive strings), functions.
describe('expressions (GitHub\'s evaluator: "Evaluate expressions in workflows and actions")', () => {
  it.each([
    // Literals, operators, and loose equality: strings compare case-insensitively, types coerce to numbers.
    ["'ABC' == 'abc'", true],
    ["'1' == 1", true],
    ['null || 5', 5],
    ["'' || 'default'", 'default'],
    ["true && 'yes' || 'no'", 'yes'],
    ["false && 'yes' || 'no'", 'no'],
    ["format('{0}-{1}', 'a', 2)", 'a-2'],
    ["contains('hello world', 'WORLD')", true],
    ['contains(fromJSON(\'["a","b"]\'), \'b\')', true],
    ["startsWith('refs/tags/v1', 'refs/tags/')", true],
    ["join(fromJSON('[1,2,3]'), '+')", '1+2+3'],
    ['toJSON(fromJSON(\'{"a":1}\'))', '{\n  "a": 1\n}'],
    ['github.ref_name', 'v1.0.0'],
    ["github['REF_NAME']", 'v1.0.0'],
    ['inputs.missing', null],
    ['fromJSON(inputs.list)[1].name', 'b'],
  ])('%s', (expression, expected) => {
    const contexts = {
      github: { ref_name: 'v1.0.0' },
      inputs: { list: '[{"name":"a"},{"name":"b"}]' },
    }
    expect(evaluate(expression, contexts)).toEqual(expected)
  })

  it('status functions answer what the runner says of the place', () => {
    const status = { success: false, failure: true, cancelled: false }
    expect(evaluate('success()', {}, { status })).toBe(false)
    expect(evaluate('failure()', {}, { status })).toBe(true)
    expect(evaluate('always()', {}, { status })).toBe(true)
    expect(evaluate('!cancelled() && !failure()', {}, { status })).toBe(false)
  })
})

// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet
describe('filters ("Filter pattern cheat sheet")', () => {
  it.each([
    // `*` matches any characters except `/`, so v*.*.* also matches v1.2.3.4 and v1.2.3-rc.1.
    ['v*.*.*', 'v1.2.3', true],
    ['v*.*.*', 'v1.2.3.4', true],
    ['v*.*.*', 'v1.2.3-rc.1', true],
    ['v*.*.*', 'vx.y.z', true],
    // `+` is one or more of the preceding character, `[0-9]` a class.
    ['v[0-9]+.[0-9]+.[0-9]+', 'v1.2.3', true],
    ['v[0-9]+.[0-9]+.[0-9]+', 'v10.20.30', true],
    ['v[0-9]+.[0-9]+.[0-9]+', 'v1.2.3.4', false],
    ['v[0-9]+.[0-9]+.[0-9]+', 'v1.2.3-rc.1', false],
    ['v[0-9]+.[0-9]+.[0-9]+-*', 'v1.2.3-rc.1', true],
    ['v[0-9]+.[0-9]+.[0-9]+-*', 'v1.2.3.4-rc.1', false],
    // `**` crosses `/`; `*` does not.
    ['release/*', 'release/1.x', true],
    ['release/*', 'release/1/x', false],
    ['release/**', 'release/1/x', true],
    // `?` is zero or one of the preceding character.
    ['Octoc?t', 'Octoct', true],
    ['Octoc?t', 'Octocat', false],
    ['Octoca?t', 'Octocat', true],
  ])('%s against %s: %s', (pattern, name, expected) => {
    expect(matchesFilters(name, [pattern])).toBe(expected)
  })

  it('a later ! pattern excludes what earlier ones matched; the last match decides', () => {
    expect(matchesFilters('v1.2.3-rc.1', ['v*', '!v*-rc*'])).toBe(false)
    expect(matchesFilters('v1.2.3-rc.1', ['v*', '!v*-rc*', 'v*-rc.1'])).toBe(true)
  })

  it('a push with only tag filters does not run for branches, and the reverse', () => {
    expect(pushTriggers('refs/heads/main', { tags: ['v*'] })).toBe(false)
    expect(pushTriggers('refs/tags/v1', { branches: ['main'] })).toBe(false)
    expect(pushTriggers('refs/tags/v1', undefined)).toBe(true)
  })
})

// https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations
// ("Expanding or adding matrix configurations", "Excluding matrix configurations")
describe('matrix ("Running variations of jobs in a workflow")', () => {
  it('is the product, minus exclude, plus include as the documented example expands it', () => {
    // The docs' example: fruit × animal, include adds color to apple combos, shape to banana.
    const combos = expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
    })
    expect(combos).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ])
  })

  it('refuses a vector without values', () => {
    expect(() => expandMatrix({ subject: [] })).toThrow(
      "Matrix vector 'subject' does not contain any values",
    )
  })
})

describe('runs ("Workflow syntax for GitHub Actions")', () => {
  // https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions; workflow-syntax#jobsjob_idstepscontinue-on-error
  it('steps: success() skips after a failure, failure() and always() run; continue-on-error keeps the job going', async () => {
    const r = await run('steps.yml')
    const job = r.job('s')
    const outcome = (id: string) => job.steps.find(s => s.id === id)?.outcome
    expect(job.result, explain(r)).toBe('failure')
    expect(outcome('soft')).toBe('failure')
    expect(job.steps.find(s => s.id === 'soft')?.conclusion).toBe('success')
    expect(job.steps.find(s => s.id === 'after-soft')?.outputs.still).toBe('failure-success')
    expect(outcome('skipped-by-default')).toBe('skipped')
    expect(job.steps.find(s => s.id === 'on-failure')?.outputs.ran).toBe('yes')
    expect(job.steps.find(s => s.id === 'always')?.outputs.first).toBe('first')
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/variables ("the most specific variable"); workflow-syntax#defaultsrunshell (bash: --noprofile --norc -eo pipefail)
  it('env: the most specific wins (step > job > workflow); GITHUB_ENV and GITHUB_PATH reach later steps; shell: bash has pipefail, the others not', async () => {
    const r = await run('env.yml')
    const job = r.job('e')
    expect(job.steps.find(s => s.id === 'one')?.outputs.level, explain(r)).toBe('step w=w j=j')
    expect(job.steps.find(s => s.id === 'two')?.outputs.level).toBe(
      'job from=set-by-one ctx=set-by-one tool=tool-ran',
    )
    // defaults.run.shell: bash is `bash --noprofile --norc -eo pipefail {0}`: `false | true` fails.
    expect(job.steps.find(s => s.id === 'pipefail')?.outcome).toBe('failure')
    expect(job.steps.find(s => s.id === 'plain-shell')?.outcome).toBe('success')
    expect(job.steps.find(s => s.id === 'workdir')?.outcome).toBe('success')
    expect(job.result).toBe('success')
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds ("a failure or skip applies to all jobs in the dependency chain")
  it('needs: outputs and results pass down; a skip travels down the chain unless a job asks to run anyway', async () => {
    const r = await run('needs.yml')
    expect(r.job('b').result, explain(r)).toBe('skipped')
    expect(r.job('c').result).toBe('success')
    expect(r.job('c').outputs.seen).toBe('from-a/skipped')
    // d needs c (success) but c's chain holds a skipped job: success() is false for d.
    expect(r.job('d').result).toBe('skipped')
    expect(r.job('after-failure').result).toBe('success')
    expect(r.result).toBe('failure')
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstrategyfail-fast; job outputs of a matrix: the last to write wins
  it("matrix: combinations, names from the matrix, the last instance's outputs; fail-fast cancels the rest", async () => {
    const r = await run('matrix.yml')
    expect(r.findJobs('grid').map(j => j.matrix)).toEqual([
      { os: 'linux', arch: 'amd64', extra: 'yes' },
      { os: 'linux', arch: 'arm64', extra: 'yes' },
      { os: 'darwin', arch: 'arm64' },
      { os: 'windows', arch: 'amd64' },
    ])
    expect(r.jobs.filter(j => j.id === 'images').map(j => j.name)).toEqual([
      'Build api',
      'Build cli',
    ])
    expect(r.jobs.filter(j => j.id === 'fail-fast').map(j => j.result)).toEqual([
      'failure',
      'cancelled',
      'cancelled',
    ])
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands (add-mask, stop-commands, multiline values with a delimiter); job outputs that hold a secret are skipped
  it('workflow commands: masks, stop-commands; a job output holding a secret is skipped; a malformed GITHUB_OUTPUT fails the step', async () => {
    const r = await run('commands.yml')
    const job = r.job('c')
    const m = job.steps.find(s => s.id === 'm')
    expect(m?.log.join('\n'), explain(r)).toContain('the secret is ***')
    expect(m?.log.join('\n')).not.toContain('hunter2')
    expect(job.annotations.map(a => a.message)).toContain('a real warning')
    expect(job.annotations.map(a => a.message)).not.toContain('not an annotation')
    expect(job.annotations.map(a => a.message)).toContain(
      "Skip output 'leaked' since it may contain secret.",
    )
    expect(job.outputs).toEqual({ fine: 'visible' })
    expect(job.steps.find(s => s.id === 'heredoc')?.outputs.multi).toBe('line one\nline two')
    const injected = job.steps.find(s => s.id === 'injected')
    expect(injected?.outcome).toBe('failure')
    expect(injected?.annotations.map(a => a.message)).toContain("Invalid format 'rogue line'")
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#runs-for-composite-actions (github.action_path; shell required)
  it('composite actions: expanded step by step with github.action_path and their own inputs; unknown inputs are warned about', async () => {
    const r = await run('composite.yml')
    expect(r.job('c').result, explain(r)).toBe('success')
    expect(r.annotations('warning').join('\n')).toContain(
      "Unexpected input(s) 'unknown-input', valid inputs are ['who']",
    )
  })

  // https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows (inputs, secrets not inherited unless passed, outputs)
  it('reusable workflows: typed inputs with defaults, only the secrets passed, outputs from the jobs', async () => {
    const r = await run('call.yml')
    expect(r.result, explain(r)).toBe('success')
    expect(r.job('call / inner').permissions).toEqual({ contents: 'read' })
    expect(r.job('after').result).toBe('success')
  })

  // ibid.: "the GITHUB_TOKEN permissions passed from the caller workflow can be only downgraded (not elevated) by the called workflow"
  it("reusable workflows: a called job may not have more than the caller's permissions", async () => {
    const r = await run('escalate.yml')
    expect(r.jobs).toEqual([])
    expect(r.error).toBe(
      "Error calling workflow 'octo/runner-cases/.github/workflows/wants-write.yml@refs/heads/main'. The nested job 'greedy' is requesting 'contents: write', but is only allowed 'contents: read'.",
    )
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#onpushbranchestagsbranches-ignoretags-ignore
  it('events: the tag filter decides whether a push starts the run', async () => {
    expect((await run('tags.yml', 'refs/tags/v1.2.3')).triggered).toBe(true)
    expect((await run('tags.yml', 'refs/tags/v1.2.3.4')).triggered).toBe(true)
    expect((await run('tags.yml', 'refs/heads/main')).triggered).toBe(false)
  })

  // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch (GITHUB_REF: the branch or tag it was started on; inputs keep booleans)
  it('events: workflow_dispatch runs on the ref it was started on, with typed inputs (strings in github.event.inputs)', async () => {
    const r = await world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/dispatch.yml',
      event: { name: 'workflow_dispatch', ref: 'refs/heads/main', inputs: { tag: 'v1.2.3' } },
    })
    expect(r.job('d').outputs.seen, explain(r)).toBe('refs/heads/main|v1.2.3|true|true|true')
  })

  // ibid. #schedule (GITHUB_REF: the default branch; GITHUB_SHA: its last commit)
  it('events: schedule runs on the default branch and its last commit', async () => {
    const r = await world.runner.run({
      repository: REPO,
      workflow: '.github/workflows/schedule.yml',
      event: { name: 'schedule', cron: '17 3 * * *' },
    })
    expect(r.job('s').outputs.seen, explain(r)).toBe(
      `schedule|refs/heads/main|17 3 * * *|${await repo.head()}`,
    )
    // A push does not start it.
    expect((await run('schedule.yml')).triggered).toBe(false)
  })

  it("this suite's actions run from the checkout with Node 24, as the runner runs node24 actions", async () => {
    const r = await run('suite-action.yml', 'refs/tags/v1.2.3')
    expect(r.job('v').outputs.version, explain(r)).toBe('1.2.3')
    // The action ran on the runner's Node, not through the Node on PATH.
    expect(readFileSync(world.nodeLog, 'utf8')).not.toContain(path.join('dist', 'compute-version'))
  })

  it('a third-party action at a commit no stand-in was checked against is refused', async () => {
    const r = await run('unpinned.yml')
    expect(r.job('u').result).toBe('failure')
    expect(r.annotations('error').join('\n')).toContain(
      'actions/checkout@v4: no stand-in checked against the action.yml of this commit',
    )
  })
})

describe('the starters', () => {
  it('on-tag.yaml runs for release tags only (v*.*.* would also take v1.2.3.4)', async () => {
    const { loadWorkflow } = await import('../peers/workflow/tokens.ts')
    const starter = await loadWorkflow(
      'on-tag.yaml',
      readFileSync(path.join(world.suiteRoot, 'workflows/on-tag.yaml'), 'utf8'),
    )
    const filters = starter.template.events.push
    for (const tag of ['v1.2.3', 'v10.0.0', 'v1.2.3-rc.1', 'v1.2.3+build.5'])
      expect(pushTriggers(`refs/tags/${tag}`, filters), tag).toBe(true)
    for (const tag of ['v1.2.3.4', 'v1.2', 'release-1.2.3', 'vx.y.z'])
      expect(pushTriggers(`refs/tags/${tag}`, filters), tag).toBe(false)
    expect(pushTriggers('refs/heads/main', filters)).toBe(false)
  })
})

describe('stand-ins and pins', () => {
  it('every pinned third-party action has the contract of its action.yml at that commit, and nothing else does', () => {
    const pins = readFileSync(
      path.join(world.suiteRoot, 'test/fixtures/pinned-actions.txt'),
      'utf8',
    )
      .split('\n')
      .filter(l => l && !l.startsWith('#'))
      .map(l => l.split(' ')[0])
      .sort()
    const contracts = Object.keys(
      (
        JSON.parse(
          readFileSync(
            path.join(world.suiteRoot, 'test/fixtures/pinned-action-contracts.json'),
            'utf8',
          ),
        ) as { actions: object }
      ).actions,
    ).sort()
    expect(contracts).toEqual(pins)
  })

  it('no pinned action runs on a Node the runner no longer provides', () => {
    const doc = JSON.parse(
      readFileSync(
        path.join(world.suiteRoot, 'test/fixtures/pinned-action-contracts.json'),
        'utf8',
      ),
    ) as {
      actions: Record<string, { using: string }>
    }
    expect(
      Object.entries(doc.actions).filter(
        ([, c]) => c.using !== 'node24' && c.using !== 'composite',
      ),
    ).toEqual([])
  })
})
