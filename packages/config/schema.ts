/**
 * A validator of the JSON Schema subset (draft-07) that schema/release-actions.schema.json is
 * written in, so the loader validates with the very file editors use, without a runtime
 * dependency. Keywords: $ref (to #/definitions), type, enum, const, pattern (Unicode), minItems,
 * minimum, maximum, exclusiveMinimum, properties, required, additionalProperties, propertyNames,
 * items, allOf, anyOf, oneOf, not, if/then/else; annotations ($schema, $id, title, description)
 * are read as such. A schema that uses any other keyword is refused (checkSubset), so nothing in
 * the file is silently ignored; test/unit/config.test.ts checks that this validator and ajv agree.
 */

export type Schema = boolean | { readonly [keyword: string]: unknown }

export interface SchemaError {
  /** Keys and indexes from the top of the document to the value at fault. */
  path: (string | number)[]
  message: string
}

type Path = (string | number)[]
type Node = Readonly<Record<string, unknown>>

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions'])
const KEYWORDS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'pattern',
  'minItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
])

/** Every keyword of `schema` (and of its subschemas) is one this validator implements. */
export function checkSubset(schema: Schema, where = '#'): void {
  if (typeof schema === 'boolean') return
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) && key !== 'definitions') continue
    if (!KEYWORDS.has(key) && key !== 'definitions')
      throw new Error(
        `${where}: the keyword ${key} is not one packages/config/schema.ts implements`,
      )
    const sub = (s: unknown, w: string) => checkSubset(s as Schema, w)
    if (['properties', 'definitions'].includes(key))
      for (const [k, v] of Object.entries(value as Node)) sub(v, `${where}/${key}/${k}`)
    else if (['allOf', 'anyOf', 'oneOf'].includes(key))
      (value as unknown[]).forEach((v, i) => sub(v, `${where}/${key}/${i}`))
    else if (
      ['additionalProperties', 'propertyNames', 'items', 'not', 'if', 'then', 'else'].includes(key)
    )
      sub(value, `${where}/${key}`)
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function hasType(value: unknown, type: string): boolean {
  const t = typeOf(value)
  if (type === 'integer') return t === 'number' && Number.isInteger(value)
  return t === type
}

const TYPE_NAMES: Record<string, string> = {
  null: 'empty',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  number: 'a number',
  integer: 'a whole number',
  string: 'a string',
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

const patterns = new Map<string, RegExp>()
function pattern(source: string): RegExp {
  let re = patterns.get(source)
  if (!re) {
    re = new RegExp(source, 'u')
    patterns.set(source, re)
  }
  return re
}

export class Validator {
  readonly #root: Node
  constructor(root: Schema) {
    checkSubset(root)
    this.#root = typeof root === 'boolean' ? {} : root
  }

  /** The first problem of `value` (the deepest one where branches disagree), or undefined. */
  validate(value: unknown): SchemaError | undefined {
    return this.#check(this.#root, value, [])
  }

  #resolve(ref: string): Schema {
    const m = /^#\/definitions\/([^/]+)$/.exec(ref)
    const defs = this.#root.definitions as Record<string, Schema> | undefined
    const target = m ? defs?.[m[1] as string] : undefined
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`)
    return target
  }

  /** What a schema expects, for a message: its description, else its type. */
  #expected(schema: Schema): string {
    if (typeof schema === 'boolean') return schema ? 'anything' : 'nothing'
    if (typeof schema.description === 'string') return schema.description
    if (typeof schema.$ref === 'string') return this.#expected(this.#resolve(schema.$ref))
    const types = ([] as unknown[]).concat(schema.type ?? [])
    if (types.length) return types.map(t => TYPE_NAMES[String(t)] ?? String(t)).join(' or ')
    if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(', ')}`
    if ('const' in schema) return shown(schema.const)
    return 'another value'
  }

  #check(schema: Schema, value: unknown, path: Path): SchemaError | undefined {
    if (schema === true) return undefined
    if (schema === false) return { path, message: 'is not allowed here' }
    const fail = (message: string, at: Path = path): SchemaError => ({ path: at, message })
    if (typeof schema.$ref === 'string') {
      const e = this.#check(this.#resolve(schema.$ref), value, path)
      if (e) return e
    }
    if (schema.type !== undefined) {
      const types = ([] as unknown[]).concat(schema.type).map(String)
      if (!types.some(t => hasType(value, t)))
        return fail(
          `must be ${typeof schema.description === 'string' ? schema.description : types.map(t => TYPE_NAMES[t] ?? t).join(' or ')}, got ${shown(value)}`,
        )
    }
    if (Array.isArray(schema.enum) && !schema.enum.some(e => equal(e, value)))
      return fail(`must be one of ${schema.enum.map(String).join(', ')}, got ${shown(value)}`)
    if ('const' in schema && !equal(schema.const, value))
      return fail(`must be ${shown(schema.const)}, got ${shown(value)}`)
    if (typeof value === 'string' && typeof schema.pattern === 'string') {
      if (!pattern(schema.pattern).test(value))
        return fail(`must be ${this.#expected(schema)}, got ${shown(value)}`)
    }
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum)
        return fail(`must be at least ${schema.minimum}, got ${value}`)
      if (typeof schema.maximum === 'number' && value > schema.maximum)
        return fail(`must be at most ${schema.maximum}, got ${value}`)
      if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
        return fail(`must be above ${schema.exclusiveMinimum}, got ${value}`)
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === 'number' && value.length < schema.minItems)
        return fail(`must list at least ${schema.minItems}`)
      if (schema.items !== undefined)
        for (const [i, item] of value.entries()) {
          const e = this.#check(schema.items as Schema, item, [...path, i])
          if (e) return e
        }
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>
      const properties = (schema.properties ?? {}) as Record<string, Schema>
      for (const key of (schema.required ?? []) as string[])
        if (!Object.hasOwn(object, key)) return fail(`needs ${key}`)
      for (const [key, item] of Object.entries(object)) {
        if (schema.propertyNames !== undefined) {
          const e = this.#check(schema.propertyNames as Schema, key, [...path, key])
          if (e) return fail(`${shown(key)} is not a valid name here`, [...path, key])
        }
        if (Object.hasOwn(properties, key)) {
          const e = this.#check(properties[key] as Schema, item, [...path, key])
          if (e) return e
        } else if (schema.additionalProperties === false) {
          const known = Object.keys(properties)
          return fail(`unknown key ${shown(key)}; expected ${known.join(', ')}`, [...path, key])
        } else if (schema.additionalProperties !== undefined) {
          const e = this.#check(schema.additionalProperties as Schema, item, [...path, key])
          if (e) return e
        }
      }
    }
    for (const sub of (schema.allOf ?? []) as Schema[]) {
      const e = this.#check(sub, value, path)
      if (e) return e
    }
    if (Array.isArray(schema.anyOf)) {
      const errors = (schema.anyOf as Schema[]).map(s => this.#check(s, value, path))
      if (errors.every(e => e !== undefined)) return this.#branches(schema, errors, path)
    }
    if (Array.isArray(schema.oneOf)) {
      const errors = (schema.oneOf as Schema[]).map(s => this.#check(s, value, path))
      const passed = errors.filter(e => e === undefined).length
      if (passed === 0) return this.#branches(schema, errors, path)
      if (passed > 1) return fail(`must be just one of: ${this.#alternatives(schema.oneOf)}`)
    }
    if (schema.not !== undefined && this.#check(schema.not as Schema, value, path) === undefined)
      return fail(`must not be ${this.#expected(schema.not as Schema)}`)
    if (schema.if !== undefined) {
      const branch =
        this.#check(schema.if as Schema, value, path) === undefined ? schema.then : schema.else
      if (branch !== undefined) {
        const e = this.#check(branch as Schema, value, path)
        if (e) return e
      }
    }
    return undefined
  }

  #alternatives(schemas: unknown[]): string {
    return (schemas as Schema[]).map(s => this.#expected(s)).join('; or ')
  }

  /** No branch of anyOf/oneOf holds: the error that got deepest, else what the branches expect. */
  #branches(schema: Node, errors: (SchemaError | undefined)[], path: Path): SchemaError {
    const found = errors.filter((e): e is SchemaError => e !== undefined)
    const deepest = Math.max(...found.map(e => e.path.length))
    const deep = found.filter(e => e.path.length === deepest)
    if (deepest > path.length && deep.length === 1) return deep[0] as SchemaError
    const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[]
    const expected =
      typeof schema.description === 'string' ? schema.description : this.#alternatives(alternatives)
    return { path, message: `must be ${expected}` }
  }
}
