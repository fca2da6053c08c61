export { InputError, PreconditionError, errorMessage, showValue } from './errors.ts'
export { envSource, envVarName, mapSource, type InputSource } from './source.ts'
export { Inputs, splitList } from './readers.ts'
export { existingFile, githubContext, resolveWorkspacePath, type GithubContext } from './context.ts'
