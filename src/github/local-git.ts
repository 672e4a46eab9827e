// File versions from the local checkout, when it holds both commits: one
// `git show` per file and no API request. git runs with argument arrays
// (execFile), never through a shell.
import { execFile } from 'node:child_process'

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/

function git(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | { ok: false }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
      resolve(error ? { ok: false } : { ok: true, stdout })
    })
  })
}

/** True when the checkout at `cwd` has every one of these commits. */
export async function hasCommits(cwd: string, shas: readonly string[]): Promise<boolean> {
  for (const sha of shas) {
    if (!SHA.test(sha)) return false
    const found = await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])
    if (!found.ok) return false
  }
  return true
}

/** A file's text at a commit of the local checkout; undefined when it is not there. */
export async function showFile(cwd: string, sha: string, path: string): Promise<string | undefined> {
  if (!SHA.test(sha)) throw new Error(`not a commit id: ${sha}`)
  // cat-file, not show: the blob as stored, with no textconv or filters.
  const shown = await git(cwd, ['cat-file', 'blob', `${sha}:${path}`])
  return shown.ok ? shown.stdout : undefined
}
