/**
 * A logger that keeps every message, for tests to assert on (the Logger port of packages/log).
 */
import type { Logger } from '../../packages/log/index.ts'

export interface LogRecord {
  level: 'debug' | 'info' | 'warning' | 'notice' | 'untrusted' | 'group'
  message: string
}

export function recordingLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = []
  const push = (level: LogRecord['level']) => (message: string) => {
    records.push({ level, message })
  }
  return {
    records,
    debug: push('debug'),
    info: push('info'),
    warning: push('warning'),
    notice: push('notice'),
    untrusted: push('untrusted'),
    group: async (title, fn) => {
      records.push({ level: 'group', message: title })
      return fn()
    },
  }
}
