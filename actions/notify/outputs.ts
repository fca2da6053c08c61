/**
 * notify's outputs (the names of its action.yml).
 */
export function notifyOutputs(sent: boolean, kind: string): Record<string, string> {
  return { sent: String(sent), kind }
}
