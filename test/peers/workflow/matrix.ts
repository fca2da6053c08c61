/**
 * `strategy.matrix` expanded as GitHub documents it ("Using a matrix for your jobs"): the product
 * of every key's values in file order; `exclude` removes each combination an entry matches (a
 * partial match suffices); each `include` entry is added to every combination whose original
 * values it does not overwrite, and becomes a combination of its own when it fits none. A key with
 * no values is an error.
 */
import type { Json } from './expressions.ts'

export type Combination = Record<string, Json>

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b)

export class MatrixError extends Error {
  override name = 'MatrixError'
}

export function expandMatrix(matrix: Json): Combination[] {
  if (matrix === null || matrix === undefined) return [{}]
  if (typeof matrix !== 'object' || Array.isArray(matrix))
    throw new MatrixError(`Unexpected value '${JSON.stringify(matrix)}': a matrix is a mapping`)
  const include = (matrix.include ?? []) as Json
  const exclude = (matrix.exclude ?? []) as Json
  if (!Array.isArray(include) || !Array.isArray(exclude))
    throw new MatrixError('include and exclude of a matrix are lists')
  const keys = Object.keys(matrix).filter(k => k !== 'include' && k !== 'exclude')
  let combos: Combination[] = keys.length > 0 ? [{}] : []
  for (const key of keys) {
    const values = matrix[key]
    if (!Array.isArray(values)) throw new MatrixError(`Matrix vector '${key}' is not a sequence`)
    if (values.length === 0)
      throw new MatrixError(`Matrix vector '${key}' does not contain any values`)
    combos = combos.flatMap(c => values.map(v => ({ ...c, [key]: v })))
  }
  for (const entry of exclude) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue
    combos = combos.filter(c => !Object.entries(entry).every(([k, v]) => same(c[k], v)))
  }
  // Only the combinations of the product take include entries; an entry that fits none is a
  // combination of its own, which later entries do not extend.
  const originals = combos.map(c => ({ ...c }))
  const product = combos.length
  for (const entry of include) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue
    let added = false
    combos.slice(0, product).forEach((c, i) => {
      const original = originals[i] ?? {}
      const fits = Object.entries(entry).every(([k, v]) => !(k in original) || same(original[k], v))
      if (fits) {
        Object.assign(c, entry)
        added = true
      }
    })
    if (!added) combos.push({ ...entry })
  }
  if (combos.length === 0) throw new MatrixError('The matrix does not contain any combination')
  return combos
}
