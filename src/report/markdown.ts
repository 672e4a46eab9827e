// Markdown that policy content cannot break: used by the job summary and the
// pull-request comment alike. Nothing here touches GitHub.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])
}

/**
 * Text for a Markdown paragraph or table cell: HTML escaped, Markdown
 * punctuation that could open a link, emphasis or a table cell neutralised,
 * line breaks folded, and @mentions broken so that nobody is notified.
 */
export function inlineText(text: string): string {
  // Markdown escapes first: escaping '#' after HTML escaping would break the
  // entity '&#39;' into '&\#39;', which renders literally.
  const markdownSafe = text.replace(/\r\n|\r|\n/g, ' ').replace(/([\\`*_[\]|#~])/g, '\\$1')
  return escapeHtml(markdownSafe).replace(/@(?=\w)/g, '@\u200b')
}

/** Inline code that cannot be closed early by a backtick in the content. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ')
  const fence = '`'.repeat(longestRun(flat, '`') + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1))
  const body = text.endsWith('\n') ? text : `${text}\n`
  return `${fence}${language}\n${body}${fence}\n`
}

export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`
}

/** A table whose cells are already Markdown (use inlineText/inlineCode). */
export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n'
}

function longestRun(text: string, ch: string): number {
  let longest = 0
  let current = 0
  for (const c of text) {
    current = c === ch ? current + 1 : 0
    if (current > longest) longest = current
  }
  return longest
}
