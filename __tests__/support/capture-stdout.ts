/**
 * Runs `fn` with process.stdout captured: the `::warning::` and other lines
 * printed meanwhile (through @actions/core) are returned, not written to the
 * runner's log, where they would become annotations on every CI run.
 */
export async function capturingStdout<T>(fn: () => Promise<T>): Promise<{ value: T; printed: string[] }> {
  const write = process.stdout.write
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    const value = await fn()
    return { value, printed: out.split('\n').filter(Boolean) }
  } finally {
    process.stdout.write = write
  }
}
