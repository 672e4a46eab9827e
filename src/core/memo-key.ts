// Memos keyed by text from the files (an action, a condition key, an
// operator, a hint that quotes a value) are emptied when they hold a number
// of entries; a number does not bound their memory when a key can be a
// megabyte long, and what is remembered for it (a finding's message that
// quotes it, its lower-cased copy) as long again or longer. A key past
// MEMO_KEY_LIMIT is worked out each time it is asked, never remembered:
// linear in its length each time, as remembering it would be the first time,
// and no file repeats a long key often (its copies fill the file).

/**
 * The longest key a memo remembers: every name IAM knows is far shorter (an
 * action under 130 characters, a condition key with a tag key under 260), as
 * are the hints of the linter's checks.
 */
export const MEMO_KEY_LIMIT = 512

/** May a memo remember this key (or an id of this length)? */
export function memorable(key: string, limit = MEMO_KEY_LIMIT): boolean {
  return key.length <= limit
}
