/**
 * packages/attest owns the evidence of a release: SHA-256 checksums of its artifacts (and the
 * checksums file), third-party notices from an SBOM, SLSA provenance statements, the signer
 * workflow of a job, and verifying attestations (and the commands users verify with).
 */
export * from './checksums.ts'
export * from './checksums-file.ts'
export * from './notices.ts'
export * from './licence-files.ts'
export * from './notices-file.ts'
export * from './provenance.ts'
export * from './verify.ts'
export * from './verify-attestations.ts'
export * from './identity.ts'
