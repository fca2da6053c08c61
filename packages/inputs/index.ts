/**
 * packages/inputs owns reading inputs: where values come from (the runner's INPUT_* variables, CLI
 * flags), the typed readers every actions/<name>/inputs.ts uses (Inputs: strings, booleans,
 * choices, numbers, dates, lists, and URLs by the one rule of url.ts), the GitHub context inputs
 * default to, and path inputs resolved against the workspace (the "inside" rule is
 * packages/files/paths.ts). A bad value is an InputError naming the input and the form expected.
 */
export { envSource, envVarName, mapSource, type InputSource } from './source.ts'
export { Inputs, splitList, trimAscii } from './readers.ts'
export {
  existingFile,
  githubContext,
  resolveWorkspacePath,
  type GithubContext,
  type PathBase,
} from './context.ts'
