/** The error of a chart that cannot be packaged (its Chart.yaml, .helmignore or files). */
import { PreconditionError } from '../errors/index.ts'

export class ChartError extends PreconditionError {
  constructor(message: string) {
    super(message)
    this.name = 'ChartError'
  }
}
