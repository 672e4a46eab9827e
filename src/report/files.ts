import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { OutputFile } from '../core/generate/file-set.js'

/**
 * Writes every file under a temporary name first and renames them into place
 * only when all were written, so a failure leaves no half-written set. Files
 * named in `staleNames` that this set does not include are removed, so a
 * kms-policy.json from an earlier run cannot be applied by mistake.
 * Synchronous: a handful of small files, where the thread-pool round trips of
 * the promise API cost more than the writes.
 */
export function writeFileSet(dir: string, files: OutputFile[], staleNames: readonly string[] = []): string[] {
  mkdirSync(dir, { recursive: true })
  const staged: Array<{ temp: string; final: string }> = []
  try {
    for (const file of files) {
      const final = path.join(dir, file.name)
      const temp = path.join(dir, `.${file.name}.${process.pid}.tmp`)
      staged.push({ temp, final })
      writeFileSync(temp, file.content, { encoding: 'utf8', mode: 0o644 })
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temp, { force: true })
    throw error
  }
  for (const s of staged) renameSync(s.temp, s.final)
  const names = new Set(files.map((f) => f.name))
  for (const stale of staleNames) if (!names.has(stale)) rmSync(path.join(dir, stale), { force: true })
  return staged.map((s) => s.final)
}

/** Resolves a path input against the workspace, as a workflow author expects. */
export function resolveInWorkspace(p: string): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p)
}
