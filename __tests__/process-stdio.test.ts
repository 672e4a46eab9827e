// On the main thread the action writes stdout and stderr, when they are
// pipes (as on a runner), with blocking writes (src/process-stdio.ts), so
// that Node never makes its net.Socket for them. What must hold: every byte
// arrives, in order, whatever the pipe takes per write; a pipe that refuses
// a write (EAGAIN) hands over to Node's own stream without losing or
// reordering anything; a file or terminal keeps Node's stream.
import { spawnSync } from 'node:child_process'
import { openSync, closeSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Writable } from 'node:stream'
import { blockingFdStream, isPipe, writeStdioPipesDirectly, type WriteSync } from '../src/process-stdio.js'
import { bundledScript, importFromSrc } from './support/script-bundle.js'
import { tempDir } from './support/temp-dirs.js'

/** A writeSync that takes at most `most` bytes per call and records them; `fail(call)` may throw instead. */
function fakeFd(most: number, fail: (call: number) => Error | undefined = () => undefined) {
  const taken: number[] = []
  let calls = 0
  const write: WriteSync = (_fd, bytes, offset, length) => {
    const error = fail(++calls)
    if (error) throw error
    const n = Math.min(most, length)
    taken.push(...bytes.subarray(offset, offset + n))
    return n
  }
  return { write, text: () => Buffer.from(taken).toString('utf8') }
}

/** A stream that stands for Node's own: it records what it is given. */
function recordingStream() {
  const got: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      got.push(chunk.toString('utf8'))
      done()
    }
  })
  return { stream, got }
}

const errno = (code: string) => Object.assign(new Error(code), { code })

const written = (stream: Writable, chunks: string[]) =>
  new Promise<void>((resolve, reject) => {
    stream.on('error', reject)
    for (const chunk of chunks) stream.write(chunk)
    stream.write('', (error) => (error ? reject(error) : resolve()))
  })

test('every byte reaches the descriptor in order, however few bytes each write takes', async () => {
  const fd = fakeFd(3)
  let madeNodeStream = false
  const stream = blockingFdStream(1, () => ((madeNodeStream = true), new Writable()), fd.write)
  await written(stream, ['::notice::héllo\n', 'Wrote 4 files\n', '✓'.repeat(5)])
  expect(fd.text()).toBe('::notice::héllo\nWrote 4 files\n' + '✓'.repeat(5))
  expect(stream.fd).toBe(1)
  expect(madeNodeStream).toBe(false)
})

test('a write the pipe refuses (EAGAIN) hands the rest, and every later chunk, to Node\'s stream, in order', async () => {
  // The third system call is refused: 'abcdef' is then half written.
  const fd = fakeFd(3, (call) => (call === 3 ? errno('EAGAIN') : undefined))
  const node = recordingStream()
  let made = 0
  const stream = blockingFdStream(1, () => (made++, node.stream), fd.write)
  await written(stream, ['xyz', 'abcdef', 'tail'])
  expect(fd.text()).toBe('xyzabc')
  expect(node.got.join('')).toBe('deftail')
  expect(made).toBe(1)
})

test('any other error (the reader is gone) is the stream\'s error, as on Node\'s own stream', async () => {
  const fd = fakeFd(100, () => errno('EPIPE'))
  const stream = blockingFdStream(1, () => new Writable(), fd.write)
  await expect(written(stream, ['line\n'])).rejects.toMatchObject({ code: 'EPIPE' })
})

test('isPipe is false for a file and for a closed descriptor (a pipe: the real-process tests below)', () => {
  const file = path.join(tempDir('rtc-stdio-'), 'f')
  const fd = openSync(file, 'w')
  try {
    expect(isPipe(fd)).toBe(false)
  } finally {
    closeSync(fd)
  }
  expect(isPipe(fd)).toBe(false)
})

test('process streams set up by someone else (not Node\'s getters) are left alone', () => {
  const before = Object.getOwnPropertyDescriptor(process, 'stdout')
  const mine = new Writable()
  Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, value: mine })
  try {
    writeStdioPipesDirectly(() => true)
    expect(process.stdout).toBe(mine)
  } finally {
    if (before) Object.defineProperty(process, 'stdout', before)
  }
})

/** A script that sets up its stdio as the action does, writes, and says on stderr's last line what it saw. */
async function stdioScript(): Promise<string> {
  return bundledScript([
    importFromSrc('writeStdioPipesDirectly', 'process-stdio.ts'),
    importFromSrc('exitOnceWritten', 'process-exit.ts'),
    'writeStdioPipesDirectly()',
    "process.stdout.write('x'.repeat(1 << 20))",
    "console.log('\\nend')",
    "process.stderr.write('warning\\n')",
    // process.moduleLoadList names every built-in module the process loaded.
    "const net = process.moduleLoadList.includes('NativeModule net')",
    "process.stderr.write(JSON.stringify({ out: process.stdout.constructor.name, net }) + '\\n')",
    'process.exitCode = 3',
    'await exitOnceWritten()'
  ])
}

test('in a real process with pipes: everything arrives, with the exit code, and node:net is never loaded', async () => {
  const script = await stdioScript()
  // A megabyte is many times a pipe's buffer: the blocking writes wait for the reader.
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 1 << 22 })
  expect(r.status).toBe(3)
  expect(r.stdout).toBe('x'.repeat(1 << 20) + '\nend\n')
  const lines = r.stderr.trim().split('\n')
  expect(lines[0]).toBe('warning')
  expect(JSON.parse(lines[1])).toEqual({ out: 'Writable', net: false })
})

test('with stdout a file, Node\'s own stream is kept', async () => {
  const script = await stdioScript()
  const out = path.join(tempDir('rtc-stdio-'), 'out.txt')
  const fd = openSync(out, 'w')
  let r
  try {
    r = spawnSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] })
  } finally {
    closeSync(fd)
  }
  expect(r.status).toBe(3)
  expect(readFileSync(out, 'utf8')).toBe('x'.repeat(1 << 20) + '\nend\n')
  // Node writes a file through its SyncWriteStream; stderr, a pipe, is still written directly.
  expect(JSON.parse(r.stderr.trim().split('\n')[1])).toEqual({ out: 'SyncWriteStream', net: false })
})
