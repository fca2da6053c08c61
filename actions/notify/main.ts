/**
 * Notify a chat of a release (internal to the suite's reusable release workflow): one
 * Slack-compatible incoming-webhook message (packages/notify). The webhook URL is masked before
 * anything is logged; a webhook that refuses, times out or cannot be reached is a warning, never a
 * failure: a notification never fails a release.
 */
import { releaseKind, releaseMessage, send } from '../../packages/notify/index.ts'
import type { ActionMain } from '../../packages/runtime/index.ts'
import { readInputs } from './inputs.ts'
import { notifyOutputs } from './outputs.ts'

export const main: ActionMain = async ({ inputs, github, logger, mask }) => {
  const raw = inputs.string('webhook-url', '')
  if (raw !== '') mask(raw)
  const options = readInputs(inputs, github)
  const kind = releaseKind(options.version, options.isLatest)
  if (options.webhookUrl === '') {
    logger.info('No webhook configured (secret NOTIFY_WEBHOOK_URL): no notification.')
    return { outputs: notifyOutputs(false, kind) }
  }
  const message = releaseMessage(options)
  const result = await send(options.webhookUrl, message, { timeoutMs: options.timeoutMs })
  if (!result.ok) {
    logger.warning(
      `The release notification was not delivered: ${result.problem ?? 'unknown'}. The release is not affected.`,
    )
    return { outputs: notifyOutputs(false, kind) }
  }
  logger.info(`Notified: ${message.text}`)
  return { outputs: notifyOutputs(true, kind) }
}
