import { createLogger } from 'vite'
import { defineConfig } from 'vitest/config'

// GitHub's workflow parser and expression engine import JSON without import attributes, which
// plain Node refuses: vitest inlines them. Their published source maps point at files the package
// does not ship; vite's warning about each is noise.
const logger = createLogger()
const warn = logger.warn.bind(logger)
logger.warn = (message, options) => {
  if (message.includes('points to missing source files')) return
  warn(message, options)
}

export default defineConfig({
  customLogger: logger,
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    clearMocks: true,
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
})
