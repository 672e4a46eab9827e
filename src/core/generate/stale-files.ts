// A file of an earlier run that this run does not write (kms-policy.json after
// `kms` was turned off) is removed, so it cannot be applied by mistake. Only
// such a file: the output folder may be one the user keeps files in, and a
// file named like ours that the earlier run's manifest does not list, or that
// changed since, is the user's. It is left in place and named in a warning.
import { sha256Hex } from '../hash.js'
import { ACTION_NAME } from '../version.js'

/** What an earlier run's manifest.json says it wrote: file name -> SHA-256. Empty when the text is not our manifest. */
export function filesOfEarlierRun(manifestText: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (manifestText === undefined) return out
  let manifest: unknown
  try {
    manifest = JSON.parse(manifestText)
  } catch {
    return out // not JSON: not a manifest this action wrote
  }
  if (!isObject(manifest) || !isObject(manifest.generator) || manifest.generator.name !== ACTION_NAME || !Array.isArray(manifest.files)) return out
  for (const f of manifest.files) if (isObject(f) && typeof f.name === 'string' && typeof f.sha256 === 'string') out.set(f.name, f.sha256)
  return out
}

/** Is this stale file the one an earlier run wrote, unchanged since (so removing it loses nothing)? */
export function isUnchangedFromEarlierRun(name: string, content: string, earlier: ReadonlyMap<string, string>): boolean {
  const hash = earlier.get(name)
  return hash !== undefined && hash === sha256Hex(content)
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
