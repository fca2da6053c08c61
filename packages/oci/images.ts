/**
 * Image inputs as every action reads them: a list of image names without tag or digest (the
 * images tags are computed for), or one image with a tag or digest (the image to wait for, to
 * deploy). Each is read with the one grammar (reference.ts readImageInput: lower-cased as
 * registries want it, then parsed); a bad one is an InputError naming the input.
 */
import { readImageInput, type ImageRef } from './reference.ts'

export interface NamedImage {
  /** The image as registries want it (lower-cased): what outputs and later steps use. */
  image: string
  ref: ImageRef
}

/**
 * The images input: each lower-cased as registries want it (see readImageName), with a warning;
 * without tag or digest (readImageInput's `repository` form); duplicates dropped.
 */
export function readImageList(
  input: string,
  values: readonly string[],
  warn: (message: string) => void,
): NamedImage[] {
  const out: NamedImage[] = []
  for (const value of values) {
    const read = readImageInput(input, value, 'repository', warn)
    if (!out.some(o => o.image === read.image)) out.push(read)
  }
  return out
}

/** An image input that must name one image: with a tag or a digest (the `pinned` form). */
export function readImageWithTagOrDigest(
  input: string,
  value: string,
  expected: string,
  warn: (message: string) => void,
): NamedImage {
  return readImageInput(input, value, 'pinned', warn, expected)
}
