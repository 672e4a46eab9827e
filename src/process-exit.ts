import type { Writable } from 'node:stream'

/**
 * Ends the process once what was written to `streams` (stdout and stderr) is
 * out, with the exit code set so far (core.setFailed sets process.exitCode).
 * Called when the run's work is done and awaited.
 *
 * Why not let Node end on its own: after the last task it takes the
 * JavaScript heap and the compiled code down piece by piece, which the
 * operating system does at once when the process exits: about 1 ms of a
 * 45 ms `generate` run and 17 ms of a `validate` run over 10,000 files
 * (measured whole process, interleaved; more with a larger heap).
 *
 * process.exit alone could cut a write short (on POSIX, writes to a pipe, as
 * a runner's log is, complete asynchronously), so each stream is written to
 * once more, empty: its callback comes after every earlier write is done.
 */
export async function exitOnceWritten(streams: readonly Writable[] = [process.stdout, process.stderr], exit: () => void = () => process.exit()): Promise<void> {
  // The callback also comes, with an error, when a stream can take no more (a closed pipe): end anyway.
  await Promise.all(streams.map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
  exit()
}
