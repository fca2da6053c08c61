/**
 * The changelog style of a project when none is given: keep-a-changelog when the existing file
 * says it follows it (its header links keepachangelog.com or names it), grouped otherwise.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { ChangelogStyle } from './render.ts'

export function detectStyle(file: string | undefined): ChangelogStyle {
  if (!file || !existsSync(file)) return 'grouped'
  const text = readFileSync(file, 'utf8').slice(0, 64 * 1024)
  if (/keepachangelog\.com|keep a changelog/i.test(text)) return 'keep-a-changelog'
  return 'grouped'
}
