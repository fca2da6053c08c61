/**
 * Print the plain summary line CI reads, from vitest's JSON report: "N passed, N failed".
 * A missing or unreadable report counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.tmp/vitest.json'
let passed = 0
let failed = 1
if (existsSync(file)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numFailedTestSuites?: number
      testResults?: { status: string; assertionResults: unknown[] }[]
    }
    passed = report.numPassedTests
    // A test file that fails to load has no test results of its own: count it as a failure.
    const brokenFiles = (report.testResults ?? []).filter(
      r => r.status === 'failed' && r.assertionResults.length === 0,
    ).length
    failed = report.numFailedTests + brokenFiles
  } catch {
    failed = 1
  }
}
process.stdout.write(`${passed} passed, ${failed} failed\n`)
process.exitCode = failed === 0 ? 0 : 1
