// The one place text from a repository (paths, Sids, policy values, finding
// messages that quote them) becomes Markdown, HTML or annotation text: one
// function per context. Whatever the text holds, no Markdown, HTML, link,
// autolink, @mention or #reference can form, and characters that would hide
// or reorder what a reader sees (bidi controls, zero-width characters, other
// controls) are shown as a visible \u{XXXX}. Used by the job summaries, the
// pull-request comment and the annotations alike. Nothing here touches GitHub.

import { clipText } from '../core/clip-text.js'
import { visibleText } from '../core/visible-text.js'

export { visibleText }

/** Printable ASCII but '`', '|' and '<', at least one character. */
const PLAIN_CODE = /^[\x20-\x3b\x3d-\x5f\x61-\x7b\x7d\x7e]+$/

/**
 * Breaks what GitHub links by text alone: `@name` and `@org/team`
 * mentions, `#123` and `GH-123` references. A zero-width space after the
 * sign keeps the text as it reads and links nothing.
 */
function unlinked(text: string): string {
  // One scan for the common text that holds neither sign nor reference.
  if (!LINKABLE.test(text)) return text
  return text.replace(/([@#])/g, '$1\u200b').replace(/(gh)-(?=\d)/gi, '$1-\u200b')
}

const LINKABLE = /[@#]|gh-\d/i

/** The sequence that opens our hidden marker never appears as such in repository text. */
function noMarker(text: string): string {
  return text.replace(/<!--/g, '<!-\\u{2D}')
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** HTML special characters as entities (for attribute values and our own HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])
}

/**
 * Markdown prose inside a line we begin: a table cell, a heading's text, a
 * list item's or paragraph's continuation, link text. Every character that
 * Markdown or HTML reads as syntax inside a line is backslash-escaped
 * (CommonMark makes any ASCII punctuation literal so): no emphasis, code,
 * link, image, HTML, entity, table pipe or math (GitHub renders `$...$` as
 * LaTeX, and policy variables are written `${...}`) can form; '.' and ':' too, so that
 * no autolink (`http\://`, `www\.`, `name\.com`, e-mail) can; line breaks
 * are shown as `\n`; mentions and references are broken.
 */
export function inlineText(text: string): string {
  return unlinked(visibleText(text).replace(/[\\`*_[\]<>()#|~!&{}:.@$]/g, '\\$&'))
}

/**
 * The most of a message, hint or change description a table cell or list line
 * shows: they quote values from the files, and one value in a pull request can
 * be 100 KB, which would take a summary's or a comment's whole room (the full
 * text is in the SARIF report and the findings file).
 */
export const QUOTING_TEXT_LIMIT = 1000

/** Prose that quotes a file's values (a finding's message or hint, a change's description): inlineText, cut to QUOTING_TEXT_LIMIT. */
export function quotingText(text: string): string {
  return inlineText(clipText(text, QUOTING_TEXT_LIMIT))
}

/** A table cell of prose: the same as inlineText (which escapes '|'). */
export const cellText = inlineText

/** A heading's text (after `#### `): prose, so that no trailing '#' closes it. */
export const headingText = inlineText

/** Link text: prose, so that no ']' closes it early. */
export const linkText = inlineText

/** Text inside our own HTML (`<summary>`, `<code>`): entities, visible controls, no mentions. */
export function htmlText(text: string): string {
  return escapeHtml(unlinked(visibleText(text)))
}

/** The `<summary>` of a `<details>` block. */
export const summaryText = htmlText

/**
 * Inline code that the content cannot close early: the fence is longer than
 * any backtick run inside. GitHub links nothing in code; the content is only
 * made visible (controls, line breaks) and kept from spelling our marker.
 */
export function inlineCode(text: string): string {
  // Printable ASCII with no backtick, '|' or '<' needs no padding, no longer fence and no marker break, unless
  // it has a space at both ends.
  if (PLAIN_CODE.test(text) && !spacedBothEnds(text)) return `\`${text}\``
  const flat = noMarker(visibleText(text))
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  // CommonMark strips one space from each end of a code span that has one at both (and is not all spaces): a pad
  // of one is what it strips, so ' a.json ' does not show as 'a.json'.
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' || spacedBothEnds(flat) ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Inline code in a table cell: GFM splits cells at a '|' even inside code unless it is escaped. */
export function cellCode(text: string): string {
  return inlineCode(text).replace(/\|/g, '\\|')
}

/** A fenced block whose fence is longer than any backtick run inside; invisible characters shown. */
export function codeBlock(text: string, language = ''): string {
  const shown = noMarker(visibleText(text, true))
  const fence = '`'.repeat(Math.max(3, longestRun(shown, '`') + 1))
  const body = shown.endsWith('\n') ? shown : `${shown}\n`
  return `${fence}${language.replace(/[^A-Za-z0-9_+-]/g, '')}\n${body}${fence}\n`
}

/** A collapsed block; `summary` is plain text, escaped here; `body` is Markdown already. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summaryText(summary)}</summary>\n\n${body}\n</details>\n`
}

/**
 * A link target: only http(s) URLs, with every character that could end the
 * target or the link early ('(', ')', '<', '>', spaces, quotes, '\', '`')
 * percent-encoded. Anything else gives '#' (a link to nowhere, not a script).
 */
export function linkTarget(url: string): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return '#'
  return visibleText(url).replace(/[\s()<>"'\\`[\]{}|^]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** A repository path as URL path segments: each one percent-encoded, '/' kept. */
export function urlPath(path: string): string {
  return path
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') // encodeURIComponent throws on a lone surrogate
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
}

/** `[text](target)`: text escaped as prose, target as a link target. */
export function link(text: string, target: string): string {
  return `[${linkText(text)}](${linkTarget(target)})`
}

/** Annotation text (GitHub shows it as plain text): invisible characters made visible, lines kept. */
export function annotationText(text: string): string {
  return visibleText(text, true)
}

/** A table whose cells are already Markdown (use cellText/cellCode). */
export function table(headers: string[], rows: string[][]): string {
  return tableOfLines(headers, rows.map(tableRow))
}

/** One table row of cells that are already Markdown, without its line break. */
export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** A table of rows made by tableRow. */
export function tableOfLines(headers: string[], rows: string[]): string {
  return [tableRow(headers), tableRow(headers.map(() => '---')), ...rows].join('\n') + '\n'
}

/** A space at both ends, and something else inside: the code spans CommonMark strips one space from each end of. */
function spacedBothEnds(text: string): boolean {
  return text.length > 1 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== ''
}

function longestRun(text: string, ch: string): number {
  if (!text.includes(ch)) return 0
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === ch ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}
