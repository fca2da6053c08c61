/**
 * Homebrew: the formula of a release's prebuilt binaries (formula.ts) and its commit to a tap
 * repository through the GitHub contents API (tap.ts). For the latest stable release only: the
 * release workflow gates the job on it.
 */
export * from './formula.ts'
export * from './tap.ts'
