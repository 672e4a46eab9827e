import { groupDigits } from './digits.js'

/**
 * `text` cut to its first `limit` UTF-16 code units (one fewer when the cut
 * would split a surrogate pair), followed by how much was left out; `text`
 * itself when it fits. The result is at most `limit` plus the length of the
 * note (under 40 more).
 *
 * Why: a message quotes values from the files it is about, and a file in a
 * pull request can hold a 100 KB action name. The reports people read (an
 * annotation, a table cell of the job summary, a line of the review comment)
 * show a bounded part; the SARIF report and the findings file keep the whole.
 */
export function clipText(text: string, limit: number): string {
  if (text.length <= limit) return text
  let end = limit
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return `${text.slice(0, end)}… [${groupDigits(text.length - end)} more characters]`
}
