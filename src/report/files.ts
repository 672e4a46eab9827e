import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { OutputFile } from '../core/generate/file-set.js'

/**
 * Writes every file under a temporary name first and renames them into place
 * only when all were written, so a failure leaves no half-written set. Files
 * named in `staleNames` that this set does not include are removed, so a
 * kms-policy.json from an earlier run cannot be applied by mistake.
 */
export async function writeFileSet(dir: string, files: OutputFile[], staleNames: readonly string[] = []): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const staged: Array<{ temp: string; final: string }> = []
  try {
    for (const file of files) {
      const final = path.join(dir, file.name)
      const temp = path.join(dir, `.${file.name}.${process.pid}.tmp`)
      staged.push({ temp, final })
      await writeFile(temp, file.content, { encoding: 'utf8', mode: 0o644 })
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })))
    throw error
  }
  for (const s of staged) await rename(s.temp, s.final)
  const names = new Set(files.map((f) => f.name))
  for (const stale of staleNames) if (!names.has(stale)) await rm(path.join(dir, stale), { force: true })
  return staged.map((s) => s.final)
}

/** Resolves a path input against the workspace, as a workflow author expects. */
export function resolveInWorkspace(p: string): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), p)
}
