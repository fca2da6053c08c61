/**
 * packages/oci owns container images: the one image-reference grammar and the image inputs read
 * with it, a client of the OCI distribution API, waiting until an image is pullable, and finding
 * the image a commit already has.
 */
export * from './reference.ts'
export * from './client.ts'
export * from './images.ts'
export * from './wait.ts'
export * from './existing.ts'
