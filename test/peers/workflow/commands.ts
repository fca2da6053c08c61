/**
 * What the runner makes of a step's output and files: workflow commands in the log (`::error::`,
 * `::warning::`, `::add-mask::`, `::stop-commands::`), masking, and the file commands
 * GITHUB_OUTPUT, GITHUB_ENV (`name=value` lines and `name<<delimiter` heredocs; anything else
 * fails the step, as the runner refuses it) and GITHUB_PATH.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
}

export class FileCommandError extends Error {
  override name = 'FileCommandError'
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** Replaces each secret (and each line of a multi-line one) with `***`. */
export function mask(text: string, secrets: Iterable<string>): string {
  let out = text
  const values = [...secrets].flatMap(s => [s, ...s.split(/\r?\n/)]).filter(s => s.length >= 1)
  for (const s of values.sort((a, b) => b.length - a.length)) out = out.split(s).join('***')
  return out
}

/** Reads the log of a step line by line, as the runner's command processor does. */
export class CommandProcessor {
  readonly annotations: Annotation[] = []
  readonly masks = new Set<string>()
  readonly lines: string[] = []
  #stopToken: string | undefined

  constructor(secrets: Iterable<string>) {
    for (const s of secrets) if (s) this.masks.add(s)
  }

  line(raw: string): void {
    if (this.#stopToken !== undefined) {
      if (raw === `::${this.#stopToken}::`) this.#stopToken = undefined
      else this.lines.push(mask(raw, this.masks))
      return
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw)
    if (!m) {
      this.lines.push(mask(raw, this.masks))
      return
    }
    const command = (m[1] ?? '').toLowerCase()
    const data = unescapeData(m[3] ?? '')
    switch (command) {
      case 'add-mask':
        if (data) this.masks.add(data)
        return
      case 'stop-commands':
        this.#stopToken = m[3]
        return
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push({ level: command, message: mask(data, this.masks) })
        this.lines.push(mask(raw, this.masks))
        return
      case 'set-env':
      case 'add-path':
        this.annotations.push({
          level: 'error',
          message: `The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`,
        })
        return
      default:
        this.lines.push(mask(raw, this.masks))
    }
  }
}

/** Parses a GITHUB_OUTPUT or GITHUB_ENV file as the runner does; malformed content throws. */
export function parseFileCommands(text: string, file: string): [string, string][] {
  const out: [string, string][] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      out.push([line.slice(0, eq), line.slice(eq + 1)])
      continue
    }
    if (heredoc > 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (delimiter === '')
        throw new FileCommandError(`Invalid value. Delimiter is empty in ${file}`)
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] as string)
      }
      if (!closed)
        throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`)
      out.push([name, value.join('\n')])
      continue
    }
    throw new FileCommandError(`Invalid format '${line}'`)
  }
  return out
}
