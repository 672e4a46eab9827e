// Temporary folders for a test file, all removed when that file's tests end:
// importing this module registers the afterAll that removes them (Jest keeps
// one module registry per test file, so each file cleans up its own).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A new folder under the temp directory, removed after the test file. */
export function tempDir(prefix = 'rtc-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Removes every folder tempDir made so far (also run by the afterAll below). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
}

// Inside Jest each test file removes its own; outside it (bench/review-bench.ts
// shares these helpers) they go when the process exits.
if (typeof afterAll === 'function') afterAll(removeTempDirs)
else process.on('exit', removeTempDirs)
