// How a message names one character of a value: a look-alike letter from
// another script (a Cyrillic "о" in "rоle"), a Unicode hyphen or a space is
// invisible in the value as quoted, and the finding would say only that a
// name that looks right is wrong.
import { visibleText } from '../visible-text.js'

/**
 * A character as a message shows it: printable ASCII in quotes (`"<"`), any
 * other by its code point, with the character itself when it is visible
 * outside ASCII (`U+043E ("о")`, `U+0020`, `U+200B`).
 */
export function characterShown(c: number): string {
  if (c > 0x20 && c < 0x7f) return `"${String.fromCodePoint(c)}"`
  const code = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
  const character = String.fromCodePoint(c)
  // An invisible one (a zero-width space, a bidi control) is named by its code point alone.
  return c > 0xa0 && visibleText(character) === character ? `${code} ("${character}")` : code
}

/** The index of the first character of `text` outside printable ASCII (a space included), or -1. One pass. */
export function firstOutsideAscii(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x20 || c >= 0x7f) return i
  }
  return -1
}

/**
 * ` It holds U+043E ("о"), outside ASCII: ...` for a value whose every
 * character but some is ASCII, or '' when it has none outside ASCII. Said of
 * names IAM writes in ASCII only (actions, Effect, service principals).
 */
export function outsideAsciiNote(text: string): string {
  const at = firstOutsideAscii(text)
  if (at === -1) return ''
  const c = text.codePointAt(at) ?? 0
  return c === 0x20 || c === 0x09 ? '' : ` It holds ${characterShown(c)}, which is not ASCII: a look-alike of an ASCII character, or an invisible one, copied in with the name.`
}
