/**
 * existing-image's inputs: the only place they are read and validated.
 */
import { InputError, showValue } from '../../packages/errors/index.ts'
import type { Inputs } from '../../packages/inputs/index.ts'
import {
  IMAGE_FORMS,
  readImageInput,
  TAG_RE,
  type FindExistingImageOptions,
} from '../../packages/oci/index.ts'

export type ExistingImageInputs = FindExistingImageOptions

export function readInputs(inputs: Inputs): ExistingImageInputs {
  const { image, ref } = readImageInput(
    'image',
    inputs.required('image', IMAGE_FORMS.repository),
    'repository',
    inputs.warn,
  )
  const tags = inputs.list('tags')
  if (tags.length === 0) throw new InputError('tags', 'expected the candidate tags, one per line')
  for (const t of tags)
    if (!TAG_RE.test(t)) throw new InputError('tags', `${showValue(t)} is not a tag`)
  const [username, password] = inputs.pair('registry-username', 'registry-password')
  return { image, ref, tags, username, password }
}
