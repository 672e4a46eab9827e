// Per-string memos for Action patterns. Policies repeat the same action
// strings file after file, and several rule families ask about each one:
// answering from a map saves lower-casing (a new string each time) and
// matching it again on every lookup.
import { actionsMatching as catalogActionsMatching, type ActionInfo } from '../iam/catalog/index.js'
import { memorable } from '../memo-key.js'

const MEMO_LIMIT = 20000

const memo = new Map<string, readonly ActionInfo[]>()

/** The catalogue's actionsMatching, remembered by the pattern exactly as written. */
export function actionsMatching(pattern: string): readonly ActionInfo[] {
  let found = memo.get(pattern)
  if (!found) {
    found = catalogActionsMatching(pattern)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    if (memorable(pattern)) memo.set(pattern, found)
  }
  return found
}

/**
 * The service prefix of an action pattern, the text before its first colon;
 * undefined when there is none to read: `*` and malformed actions (no colon,
 * or nothing before it) name no service. Wildcards in it are kept.
 */
export function serviceOf(action: string): string | undefined {
  const colon = action.indexOf(':')
  return colon > 0 ? action.slice(0, colon) : undefined
}

/**
 * Is the action pattern every action of every service, `*`? Not `*:*`: IAM
 * refuses a wildcard in the service prefix (RTC201, ../iam/action-vendor.ts),
 * so such a statement grants nothing as written.
 */
export function isEveryAction(pattern: string): boolean {
  return pattern === '*'
}

const lowerMemo = new Map<string, string>()

/** `pattern.toLowerCase()` (IAM compares actions without regard to case), remembered by the pattern as written. */
export function lowerAction(pattern: string): string {
  let lower = lowerMemo.get(pattern)
  if (lower === undefined) {
    lower = pattern.toLowerCase()
    if (lowerMemo.size >= MEMO_LIMIT) lowerMemo.clear()
    if (memorable(pattern)) lowerMemo.set(pattern, lower)
  }
  return lower
}
