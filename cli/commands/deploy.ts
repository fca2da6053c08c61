/**
 * deploy-demo's checks as CLI commands: smoke-check and wait-for-image.
 */
import { Inputs, mapSource } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { smokeCheck } from '../../packages/smoke/index.ts'
import { readSmokeInputs } from '../../actions/smoke-check/main.ts'
import { readWaitInputs, waitForImage } from '../../actions/wait-for-image/main.ts'
import { flagSource, parse } from '../args.ts'

export const smokeUsage = `release-actions smoke-check --url URL --expected-version V [--health-path /health]
    [--attempts 10] [--interval-seconds 6] [--request-timeout-seconds 10] [--version-field version]
    [--version-header NAME]
  Poll URL + health-path until it answers 2xx and reports the expected version; exit code 1 with
  the version it saw when it never does.`

export async function smoke(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(
    argv,
    {
      url: { type: 'string' },
      'expected-version': { type: 'string' },
      'health-path': { type: 'string' },
      attempts: { type: 'string' },
      'interval-seconds': { type: 'string' },
      'request-timeout-seconds': { type: 'string' },
      'version-field': { type: 'string' },
      'version-header': { type: 'string' },
    },
    false,
  )
  const result = await smokeCheck({ ...readSmokeInputs(new Inputs(flagSource(values))), logger })
  process.stdout.write(`${result.message}\n`)
  return result.ok ? 0 : 1
}

export const waitUsage = `release-actions wait-for-image --image REF [--timeout-seconds 60] [--registry-username USER]
  Wait until the image (by digest when REF has one) is pullable from its registry; the password of a
  private registry comes from REGISTRY_PASSWORD.`

export async function wait(argv: readonly string[], logger: Logger): Promise<number> {
  const { values } = parse(
    argv,
    {
      image: { type: 'string' },
      'timeout-seconds': { type: 'string' },
      'registry-username': { type: 'string' },
    },
    false,
  )
  const password = process.env.REGISTRY_PASSWORD
  const opts = readWaitInputs(
    new Inputs(
      mapSource({
        image: values.image as string | undefined,
        'timeout-seconds': values['timeout-seconds'] as string | undefined,
        'registry-username': values['registry-username'] as string | undefined,
        'registry-password': values['registry-username'] ? password : undefined,
      }),
    ),
  )
  const { digest, waitedMs } = await waitForImage(opts, logger)
  process.stdout.write(
    `${opts.image} is pullable: ${digest} (after ${(waitedMs / 1000).toFixed(1)} s)\n`,
  )
  return 0
}
