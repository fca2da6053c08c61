/**
 * Where the project's configuration is: `.github/release-actions.yml`, from the top of the
 * repository (or, for compute-version, the nearest folder above its path inside the workspace).
 * A module of its own, so that cli/usage.ts can name it without loading the loader.
 */
export const CONFIG_FILE = '.github/release-actions.yml'
