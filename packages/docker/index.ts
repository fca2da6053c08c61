/**
 * packages/docker owns a build's container tags: which tags a version gets (the release policy of
 * packages/versioning: aliases only for the highest of their line), its OCI labels, and
 * publishing the tags of every image to its pushed digest.
 */
export * from './tags.ts'
export * from './labels.ts'
export * from './publish.ts'
export * from './publish-matrix.ts'
