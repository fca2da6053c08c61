/**
 * packages/helm owns Helm charts: reading a chart directory, packaging it as `helm package` does
 * (a deterministic tar.gz, `.helmignore` honoured), and pushing it as an OCI artifact with Helm's
 * media types and annotations through packages/oci's client, never twice with different content.
 */
export * from './chart.ts'
export * from './errors.ts'
export * from './ignore.ts'
export * from './publish.ts'
export * from './push.ts'
export * from './tar.ts'
