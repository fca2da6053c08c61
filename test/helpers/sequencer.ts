/**
 * The order test files start in: the longest first, across the three projects, so that the last
 * file to start is a short one and no worker runs a minute-long file alone at the end. vitest's
 * own order runs the projects one after another and, without timings of an earlier run (a fresh
 * clone, CI), takes the largest file first; here a file without timings is estimated from what
 * its folder does (the workflow runner's lifecycles, then the static checks, then the processes
 * of the integration tests, then pure functions), and by size within a folder.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Seconds a file takes, roughly, on a two-core machine: the whole-pipeline runs by their size;
 * the files whose cost is not their size (the self-release over this repository's own bundles,
 * the static checks of the whole repository, a table of
 * inputs each run as a process, the demo) as measured; unit tests next to nothing; any other
 * integration test about 0.4 s per KiB of its source.
 */
const ESTIMATES: [RegExp, (kib: number) => number][] = [
  [/\/test\/workflow\/lifecycle/, kib => 4 * kib],
  [/\/test\/workflow\/self-release\.test\.ts$/, () => 50],
  [/\/test\/lint\/(generated|lint)\.test\.ts$/, () => 30],
  [/\/test\/integration\/malformed-input\.test\.ts$/, () => 12],
  [/\/test\/lint\/eslint-rules\.test\.ts$/, () => 8],
  [/\/test\/e2e\//, () => 6],
  [/\/test\/unit\//, kib => 0.02 * kib],
]

function estimate(file: string): number {
  const kib = statSync(file).size / 1024
  return (ESTIMATES.find(([re]) => re.test(file))?.[1] ?? (k => 0.4 * k))(kib) * 1000
}

export default class LongestFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache
    const duration = (spec: TestSpecification): number => {
      const key = `${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`
      const known = cache.getFileTestResults(key)
      if (known?.failed) return Infinity
      return known?.duration ?? estimate(spec.moduleId)
    }
    const by = new Map(files.map(f => [f, duration(f)]))
    return Promise.resolve([...files].sort((a, b) => (by.get(b) ?? 0) - (by.get(a) ?? 0)))
  }
}
