/**
 * deploy-demo's checks as CLI commands: smoke-check and wait-for-image.
 */
import { Inputs, mapSource } from '../../packages/inputs/index.ts'
import type { Logger } from '../../packages/log/index.ts'
import { waitForImage } from '../../packages/oci/index.ts'
import { smokeCheck } from '../../packages/smoke/index.ts'
import { readInputs as readSmokeInputs } from '../../actions/deploy-demo/steps/smoke-check/inputs.ts'
import { readInputs as readWaitInputs } from '../../actions/deploy-demo/steps/wait-for-image/inputs.ts'
import { flagSource, type Parsed } from '../args.ts'

export async function smoke({ values }: Parsed, logger: Logger): Promise<number> {
  const result = await smokeCheck({ ...readSmokeInputs(new Inputs(flagSource(values))), logger })
  process.stdout.write(`${result.message}\n`)
  return result.ok ? 0 : 1
}

export async function wait({ values }: Parsed, logger: Logger): Promise<number> {
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
