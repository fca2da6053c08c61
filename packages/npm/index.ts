/**
 * packages/npm owns publishing a package to an npm registry: what a tarball holds (tarball.ts),
 * what the registry has published (registry.ts, the packument), and the one publish that runs
 * the real `npm publish` only when the registry does not have the version (publish.ts).
 */
export {
  escapedName,
  isPackageName,
  readPackedPackage,
  tarballIntegrity,
  type PackedPackage,
} from './tarball.ts'
export {
  getPackument,
  highestStable,
  NpmRegistryError,
  packagePageUrl,
  packumentUrl,
  type Packument,
} from './registry.ts'
export {
  publishArgs,
  publishPackage,
  userconfigText,
  type PublishOptions,
  type PublishResult,
} from './publish.ts'
