/**
 * "a, b, c and 2 more": the first `max` values, then how many are left out.
 * Findings and the diff's texts name lists this way. `show` writes a value
 * (only those shown are written: a list from a policy may hold thousands).
 */
export function listText(values: readonly string[], max = 3, separator = ', ', show: (value: string) => string = (v) => v): string {
  if (values.length <= max) return values.map(show).join(separator)
  return `${values.slice(0, max).map(show).join(separator)} and ${values.length - max} more`
}

/**
 * `word` with its indefinite article, "an instance-profile", "a group";
 * `capital` starts the article upper-case, for the head of a message. The
 * article goes by the first letter: 'an' before a, e, i and o. A 'u' keeps 'a'
 * (a user, a u2f), and letters spoken as a vowel ("an MFA") are not guessed.
 */
export function withArticle(word: string, capital = false): string {
  const an = /^[aeio]/i.test(word)
  return `${capital ? (an ? 'An' : 'A') : an ? 'an' : 'a'} ${word}`
}

/** `text` with its first letter upper-case, for a message that opens with text written to stand mid-sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
