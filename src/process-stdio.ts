import { fstatSync, writeSync } from 'node:fs'
import { Writable } from 'node:stream'

// The runner reads a step's stdout and stderr through pipes. For a pipe,
// Node's process.stdout is a net.Socket, and the first use of it loads
// node:net and the socket machinery: ~2.5 ms of a ~60 ms generate run
// (measured whole process, interleaved, stdout a pipe), for the few lines a
// run prints. Node writes to a file with plain blocking writes already
// (its SyncWriteStream); this does the same for a pipe. @actions/core still
// writes every log line and workflow command (process.stdout.write): only
// the stream under it changes.

/** fs.writeSync's shape for a buffer: bytes written. */
export type WriteSync = (fd: number, bytes: Uint8Array, offset: number, length: number) => number

/** A writable stream over a file descriptor, as process.stdout is. */
export type FdStream = Writable & { readonly fd: number }

/**
 * A stream that writes each chunk to `fd` at once, whole, before it takes
 * the next. A pipe opened non-blocking (by a reader that shares it) can
 * refuse a write with EAGAIN when it is full: from then on every chunk, the
 * rest of that one first, goes to `nodeStream()`, made then, which queues
 * writes until the pipe takes them. Any other error (EPIPE: the reader is
 * gone) is the stream's error, as on Node's own stream.
 */
export function blockingFdStream(fd: number, nodeStream: () => Writable, write: WriteSync = writeSync): FdStream {
  let handedOver: Writable | undefined
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (handedOver) {
        handedOver.write(chunk, done)
        return
      }
      let at = 0
      try {
        while (at < chunk.length) at += write(fd, chunk, at, chunk.length - at)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          done(error as Error)
          return
        }
        handedOver = nodeStream()
        handedOver.write(chunk.subarray(at), done)
        return
      }
      done()
    }
  })
  return Object.assign(stream, { fd })
}

/** Whether `fd` is a pipe or a socket (what Node would wrap in a net.Socket). */
export function isPipe(fd: number): boolean {
  try {
    const stat = fstatSync(fd)
    return stat.isFIFO() || stat.isSocket()
  } catch {
    return false // closed: Node's own stream says so when it is used
  }
}

/**
 * Makes process.stdout and process.stderr blocking streams over their pipes
 * (see above). A descriptor that is not a pipe (a file, a terminal) keeps
 * Node's stream, which is made only when used, as before. For the main
 * thread only: a worker's stdio is Node's channel to the main thread.
 */
export function writeStdioPipesDirectly(pipe: (fd: number) => boolean = isPipe): void {
  for (const [name, fd] of [
    ['stdout', 1],
    ['stderr', 2]
  ] as const) {
    const own = Object.getOwnPropertyDescriptor(process, name)
    // Node defines both as getters that make the stream on first use; anything else was set up by someone else: leave it.
    if (!own?.get || !own.configurable || !pipe(fd)) continue
    const nodeStream = own.get.bind(process) as () => Writable
    const stream = blockingFdStream(fd, nodeStream)
    Object.defineProperty(process, name, { configurable: true, enumerable: own.enumerable, get: () => stream })
  }
}
