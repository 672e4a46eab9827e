// The action ends with exitOnceWritten (src/process-exit.ts): the process
// exits as soon as its work is done, but never before what it wrote to
// stdout and stderr is out, and with the exit code the run set.
import { spawn } from 'node:child_process'
import { Writable } from 'node:stream'
import { exitOnceWritten } from '../src/process-exit.js'
import { bundledScript, importFromSrc } from './support/script-bundle.js'

/** A stream that finishes each write after `delayMs`, noting what it finished. */
function slowStream(delayMs: number, log: string[], name: string): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      setTimeout(() => {
        log.push(`${name} wrote ${JSON.stringify(chunk.toString())}`)
        done()
      }, delayMs)
    }
  })
}

test('exits only after every write made before it is done, on each stream', async () => {
  const log: string[] = []
  const out = slowStream(30, log, 'out')
  const err = slowStream(5, log, 'err')
  out.write('last line\n')
  err.write('warning\n')
  await exitOnceWritten([out, err], () => log.push('exit'))
  expect(log[log.length - 1]).toBe('exit')
  expect(log).toContain('out wrote "last line\\n"')
  expect(log).toContain('err wrote "warning\\n"')
  expect(log.filter((l) => l === 'exit')).toHaveLength(1)
})

test('a stream that can take no more (destroyed, like a closed pipe) does not hold the exit back', async () => {
  const log: string[] = []
  const gone = slowStream(1, log, 'gone')
  gone.on('error', () => undefined)
  gone.destroy()
  await exitOnceWritten([gone], () => log.push('exit'))
  expect(log).toEqual(['exit'])
})

test('in a real process, output to a pipe the reader drains late arrives whole, with the exit code set', async () => {
  // A megabyte is many times a pipe's buffer: most of it is still queued when the script asks to exit.
  const bundle = await bundledScript([
    importFromSrc('exitOnceWritten', 'process-exit.ts'),
    "process.stdout.write('x'.repeat(1 << 20))",
    "process.stdout.write('\\nend\\n')",
    'process.exitCode = 3',
    'await exitOnceWritten()'
  ])
  const child = spawn(process.execPath, [bundle], { stdio: ['ignore', 'pipe', 'inherit'] })
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
  // Nothing is read for a while: the pipe fills and the child's writes queue (with process.exit alone, none arrives).
  child.stdout.pause()
  await new Promise((resolve) => setTimeout(resolve, 300))
  let received = ''
  child.stdout.on('data', (d: Buffer) => (received += d.toString('utf8')))
  child.stdout.resume()
  const code = await closed
  expect(code).toBe(3)
  expect(received.length).toBe((1 << 20) + '\nend\n'.length)
  expect(received.endsWith('\nend\n')).toBe(true)
})
