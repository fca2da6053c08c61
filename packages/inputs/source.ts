/**
 * Where input values come from. The runner passes `with:` values as `INPUT_<NAME>` environment
 * variables (name upper-cased, spaces turned into underscores, hyphens kept); the CLI passes flags.
 * Both go through the same typed readers, so an action and its CLI command validate identically.
 */
export interface InputSource {
  /** The raw value, or undefined when the input was not given. */
  get(name: string): string | undefined
}

export function envVarName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Inputs from the environment. A composite action passes inputs to its JavaScript steps through
 * `env:`, where `INPUT_SUBJECT_PATH` reads better than `INPUT_SUBJECT-PATH`: both are accepted.
 */
export function envSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return { get: name => env[envVarName(name)] ?? env[envVarName(name).replace(/-/g, '_')] }
}

export function mapSource(values: Readonly<Record<string, string | undefined>>): InputSource {
  return { get: name => values[name] }
}
