/**
 * The test suite in three projects: `unit` (pure functions, seconds), `integration` (the sources
 * run as processes against real git, a registry and the local GitHub API; the workflow runner; the
 * committed bundles; the demo) and `static` (tsc, ESLint, Prettier, actionlint, shellcheck, the
 * generated files). `vitest run --project unit` runs one; scripts/test.sh runs all three.
 */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import LongestFirst from './test/helpers/sequencer.ts'

const root = path.dirname(fileURLToPath(import.meta.url))

// Every Node process of the run (the workers, the actions and the CLI they start, tsc, ESLint)
// keeps its compiled code, and the type-stripped sources, in one cache: a process that loads the
// same files again starts in a third of the time. Node checks each entry against the file's
// content, so an edited source is compiled afresh.
process.env.NODE_COMPILE_CACHE ??= path.join(root, 'node_modules/.cache/node-compile-cache')

// The tests keep the CPU busy with the processes they start, and also wait on them, on git and on
// local servers: one worker more than the cores fills those waits (vitest's default, one fewer
// than the cores, is a single worker on a two-core machine). RA_TEST_WORKERS overrides it.
const workers = Number(process.env.RA_TEST_WORKERS) || availableParallelism() + 1

// GitHub's workflow parser and expression engine import JSON without import attributes, which
// plain Node refuses: vitest inlines them. Their published source maps point at files the package
// does not ship; vite's warning about each is noise.
const noise = (message: string) => message.includes('points to missing source files')

export default defineConfig({
  plugins: [
    {
      name: 'quiet-missing-sourcemap-sources',
      configResolved(config) {
        const { logger } = config
        const warn = logger.warn.bind(logger)
        const warnOnce = logger.warnOnce.bind(logger)
        logger.warn = (message, options) => {
          if (!noise(message)) warn(message, options)
        }
        logger.warnOnce = (message, options) => {
          if (!noise(message)) warnOnce(message, options)
        }
      },
    },
  ],
  test: {
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: workers,
    sequence: { sequencer: LongestFirst },
    clearMocks: true,
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      // test/integration, test/workflow, test/bundle, test/e2e, and any folder added later.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/unit/**', 'test/lint/**'],
        },
      },
      { extends: true, test: { name: 'static', include: ['test/lint/**/*.test.ts'] } },
    ],
  },
})
