// Text from a repository (a path, a Sid, a policy value a finding quotes) as
// a reader may be shown it anywhere: characters that would hide or reorder
// what a reader sees are written as a visible \u{XXXX}. The findings' own
// words go through it (lint/finding.ts), so the SARIF report and the findings
// output show what the annotations and the summaries show; src/report/markdown.ts
// adds what each Markdown or HTML context needs on top.

/**
 * Characters that change what a reader sees without being seen: C0 and C1
 * controls (tab and line breaks are handled by each context), line and
 * paragraph separators, the interlinear annotation marks, lone surrogates, and
 * every character Unicode says to render invisibly (Default_Ignorable_Code_Point):
 * bidi embeddings, overrides, isolates and marks, zero-width spaces and
 * joiners, the word joiner and invisible operators, the BOM, soft hyphen,
 * Hangul fillers, tag characters and variation selectors (after a letter they
 * show nothing, so 'a.json' and 'a\u{FE0F}.json' read alike), and the
 * shorthand and musical format controls and unassigned U+E0000-E0FFF, which a
 * list of our own had left out ('app.json' and 'app\u{1BCA0}.json' read alike).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Cs}]/gu

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

const hex = (ch: string) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}}`

/** How one-line text shows a line break or a tab: each character as its JSON escape, so a CR, an LF and a tab never show as one another. */
const ONE_LINE_ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' }

/**
 * Invisible characters as visible `\u{XXXX}`. Unless line breaks are kept,
 * the text is made one line: CR, LF and tab are shown as `\r`, `\n` and `\t`,
 * each as itself (a name holding a lone CR showed as one holding LF, and one
 * holding a tab as one holding a space: two files could show as one name).
 * Kept, a line break (\r\n, \r, \n) is one `\n`.
 */
export function visibleText(text: string, keepLineBreaks = false): string {
  // Printable ASCII holds no invisible character and no line break: most text is shown as it is.
  if (PRINTABLE_ASCII.test(text)) return text
  const shown = text.replace(INVISIBLE, hex)
  return keepLineBreaks ? shown.replace(/\r\n?/g, '\n') : shown.replace(/[\r\n\t]/g, (ch) => ONE_LINE_ESCAPES[ch])
}

/** What quotedText writes as `\u{XXXX}`: the invisible characters, line breaks, tab, the quote, and a backslash that would read as such an escape. One pass. */
// `u`, as INVISIBLE has: without it `\p{…}` is read as the letters p, D, e, f… and the property classes match nothing they name.
const QUOTED_ESCAPES = new RegExp(`${INVISIBLE.source}|[\\r\\n\\t"]|\\\\(?=u\\{)`, 'gu')

/**
 * Text from an input or a repository (a path, a glob, a value) quoted in a
 * message as it was typed: between double quotes, a backslash shown as one
 * (`"C:\out"`, where JSON writes `"C:\\out"`). Unambiguous with one rule,
 * every `\u{XXXX}` is one character and everything else is itself: the
 * invisible characters (as visibleText), CR, LF and tab (so `C:\new` cannot
 * read as a line break), the `"` that would end the quote, and a backslash
 * before `u{` are written so. One line, no control character: nothing in it
 * can begin a workflow command or a Markdown block. Past `limit` characters
 * the rest is left out with '…' after the closing quote, outside the text.
 */
export function quotedText(text: string, limit = Infinity): string {
  const clipped = text.length > limit ? text.slice(0, limit) : text
  const shown = PRINTABLE_ASCII.test(clipped) && !/["\\]/.test(clipped) ? clipped : clipped.replace(QUOTED_ESCAPES, hex)
  return `"${shown}"${clipped.length < text.length ? '…' : ''}`
}
