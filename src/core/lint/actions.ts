// The catalogue's actionsMatching, remembered by the pattern exactly as
// written: policies repeat the same action strings file after file, and this
// saves lower-casing each one again on every lookup.
import { actionsMatching as catalogActionsMatching, type ActionInfo } from '../iam/catalog/index.js'

const memo = new Map<string, readonly ActionInfo[]>()

export function actionsMatching(pattern: string): readonly ActionInfo[] {
  let found = memo.get(pattern)
  if (!found) {
    found = catalogActionsMatching(pattern)
    if (memo.size >= 20000) memo.clear()
    memo.set(pattern, found)
  }
  return found
}
