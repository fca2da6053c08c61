/**
 * packages/gates owns the release's gates: the gate list's grammar (spec), running them (command
 * gates in their own process group, and the built-in license-headers, clean-tree,
 * required-checks and version-alignment), and evaluating a list for quality-gates and the CLI.
 */
export * from './spec.ts'
export * from './command.ts'
export * from './license-headers.ts'
export * from './version-alignment.ts'
export * from './required-checks.ts'
export * from './run.ts'
export * from './evaluate.ts'
