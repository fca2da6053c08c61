import { defineConfig } from 'vitest/config'

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
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    clearMocks: true,
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
})
