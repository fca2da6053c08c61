/**
 * packages/process, the one spawn of the production code: its options against real processes
 * (timeout with and without a grace period, the stdout cap, the tail, the streaming callback,
 * stdin, the process group that goes as a whole). exec and execStream are its common uses, run by
 * every other test that starts git or a tool.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exec, execStream, runProcess } from '../../packages/process/index.ts'

const node = process.execPath
const script = (code: string) => [node, ['-e', code]] as const

/** Is `pid` gone (or a zombie waiting to be reaped)? */
function gone(pid: number): boolean {
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : ''
  return stat === '' || / Z /.test(stat)
}

describe('runProcess', () => {
  it('keeps a bounded tail of both streams and counts every byte', async () => {
    const r = await runProcess(
      ...script(
        'process.stdout.write("a".repeat(5000)); process.stderr.write("the end"); process.exit(3)',
      ),
      { tailBytes: 10 },
    )
    expect(r).toMatchObject({ code: 3, signal: null, stopped: undefined, timedOut: false })
    expect(r.tail).toBe('aaathe end')
    expect(r.bytes).toBe(5007)
    expect(r.stdout).toBe('') // not collected without maxStdout
  })

  it('hands output on as it comes; a callback that throws stops the process', async () => {
    const seen: string[] = []
    const r = await runProcess(
      ...script('console.log("one"); setInterval(() => console.log("more"), 10)'),
      {
        onOutput: chunk => {
          seen.push(chunk.toString())
          if (seen.length === 2) throw new Error('sink is full')
        },
      },
    )
    expect(r.stopped).toBe('sink is full')
    expect(r.signal).toBe('SIGKILL')
    expect(seen).toHaveLength(2)
  })

  it('times out: SIGKILL at once, or SIGTERM first and SIGKILL after the grace period', async () => {
    const ignoresTerm = script('process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)')
    const hard = await runProcess(...ignoresTerm, { timeoutMs: 100 })
    expect(hard).toMatchObject({
      timedOut: true,
      signal: 'SIGKILL',
      stopped: 'timed out after 100 ms',
    })
    const soft = await runProcess(...script('setInterval(() => {}, 1000)'), {
      timeoutMs: 100,
      killGraceMs: 5000,
    })
    expect(soft).toMatchObject({ timedOut: true, signal: 'SIGTERM' })
    // bash ignores TERM before it runs sleep, which inherits that: only the SIGKILL ends it.
    const graced = await runProcess('bash', ['-c', "trap '' TERM; sleep 30"], {
      timeoutMs: 1000,
      killGraceMs: 200,
    })
    expect(graced).toMatchObject({ timedOut: true, signal: 'SIGKILL' })
    expect(graced.durationMs).toBeGreaterThanOrEqual(1200)
    expect(graced.durationMs).toBeLessThan(10_000)
  })

  it('with processGroup, what the process left running goes too', async () => {
    const r = await runProcess('bash', ['-c', 'sleep 30 & echo $!'], {
      processGroup: true,
      maxStdout: 1024,
    })
    expect(r.code).toBe(0)
    const pid = Number(r.stdout.trim())
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(gone(pid)).toBe(true)
  })

  it('says when a program cannot be started', async () => {
    await expect(runProcess('/nonexistent/tool', ['x'])).rejects.toThrow(
      '/nonexistent/tool x could not start: spawn /nonexistent/tool ENOENT',
    )
  })
})

describe('exec and execStream', () => {
  it('exec collects the output, feeds stdin, and fails past maxBuffer or on a bad exit code', async () => {
    const echo = await exec(...script('process.stdin.pipe(process.stdout)'), { input: 'hello' })
    expect(echo).toEqual({ code: 0, stdout: 'hello', stderr: '' })
    await expect(
      exec(...script('process.stdout.write("x".repeat(1000))'), { maxBuffer: 100 }),
    ).rejects.toThrow(/wrote more than 100 bytes to stdout/)
    await expect(exec(...script('console.error("boom"); process.exit(4)'))).rejects.toThrow(
      /exited with code 4:\nboom/,
    )
    expect((await exec(...script('process.exit(4)'), { okCodes: [0, 4] })).code).toBe(4)
  })

  it('execStream hands stdout on as text, whole characters across chunks', async () => {
    let text = ''
    await execStream(
      ...script(
        'const b = Buffer.from("é€"); process.stdout.write(b.subarray(0, 1)); setTimeout(() => process.stdout.write(b.subarray(1)), 50)',
      ),
      t => (text += t),
    )
    expect(text).toBe('é€')
  })
})
