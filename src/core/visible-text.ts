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
 * Default_Ignorable_Code_Point is written out as its ranges (Unicode 17):
 * `\p{…}` makes V8 build the set from ICU's tables when the
 * pattern is first used, 4.5 million instructions, 2.5% of a `generate`
 * run. A test compares the ranges with the property of the Node it runs on.
 * In `u` mode `\ud800-\udfff` matches only a lone surrogate.
 */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\ud800-\udfff]/gu

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
// `u`, as INVISIBLE has: without it INVISIBLE's `\u{1bca0}`-style ranges are not code points and a lone surrogate is not told from a pair.
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
