export { envSource, envVarName, mapSource, type InputSource } from './source.ts'
export { Inputs, splitList, trimAscii } from './readers.ts'
export {
  existingFile,
  githubContext,
  resolveWorkspacePath,
  type GithubContext,
  type PathBase,
} from './context.ts'
