// The escaping module, fuzzed: random strings made of every Markdown and HTML
// metacharacter, @mentions, #references, URLs, e-mail addresses, bidi and
// zero-width characters, rendered by markdown-it with GFM-like settings
// (HTML on, linkify on, tables), give only the intended element holding
// only the intended text: no link, no HTML, no emphasis, no mention.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import {
  annotationText,
  cellCode,
  cellText,
  codeBlock,
  details,
  headingText,
  inlineCode,
  inlineText,
  link,
  linkTarget,
  summaryText,
  urlPath,
  visibleText
} from '../../src/report/markdown.js'

const md = new MarkdownIt({ html: true, linkify: true })
type Token = ReturnType<typeof md.parse>[number]

const PIECES = [
  ...'\\`*_[]<>()#|~!&{}:.@"\'=-+%$^?;/,'.split(''),
  ...'abcXYZ019'.split(''),
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200f', // right-to-left mark
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte order mark
  '\u0000',
  '\u001b',
  '\u0085',
  '\u2028',
  '\ud83d', // a lone surrogate
  'é',
  '日本',
  '@octocat',
  '@org/team',
  '#1',
  'GH-12',
  'owner/repo#7',
  'http://evil.example/x',
  'https://example.com',
  'www.example.com',
  'example.com',
  'app.js',
  'mailto:a@b.co',
  'someone@example.org',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<!-- redshift-temp-creds-action review tag=x -->',
  '&amp;',
  '&#64;',
  '[x](http://e)',
  '![i](http://e/i.png)',
  '**b**',
  '~~s~~',
  '```',
  '~~~',
  '---',
  '> q',
  '1. ',
  '- ',
  '\\|'
]
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''))
const RUNS = { numRuns: 1500 }

/** Text a reader sees once rendered: markdown-it's inline text tokens joined (entities decoded). */
function inlineChildren(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.type === 'inline').flatMap((t) => t.children ?? [])
}

/** Mentions and references GitHub would link in rendered text. */
function expectNothingLinkedByText(text: string): void {
  expect(text).not.toMatch(/@[A-Za-z0-9_-]/)
  expect(text).not.toMatch(/#\d/)
  expect(text).not.toMatch(/gh-\d/i)
}

/** What the reader should see: the text with invisible characters shown, a ZWSP after @ and #. */
const expectedProse = (s: string) => visibleText(s).replace(/([@#])/g, '$1\u200b').replace(/(gh)-(?=\d)/gi, '$1-\u200b')

function expectNoInvisible(text: string): void {
  // The only invisible character left is the zero-width space that breaks a mention or reference.
  expect(text.replace(/([@#]|gh-)\u200b/gi, '$1')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/)
}

describe('escaping per context, rendered by markdown-it (linkify on)', () => {
  test('prose in a paragraph: one paragraph of plain text, exactly the text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = md.parse(`Value: ${inlineText(s)}`, {})
        expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close'])
        const children = inlineChildren(tokens)
        expect(children.every((c) => c.type === 'text')).toBe(true)
        const text = children.map((c) => c.content).join('')
        // A paragraph drops its trailing white space.
        expect(text).toBe(`Value: ${expectedProse(s)}`.trim())
        expectNothingLinkedByText(text)
        expectNoInvisible(text)
      }),
      RUNS
    )
  })

  test('a table cell of prose and one of code: the table keeps its shape', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const tokens = md.parse(`| A | B |\n| --- | --- |\n| ${cellText(a)} | ${cellCode(b)} |\n`, {})
        const cells = tokens.filter((t) => t.type === 'td_open')
        expect(cells).toHaveLength(2)
        const rowInlines = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'td_open')
        const [prose, code] = rowInlines.map((t) => t.children ?? [])
        expect(prose.every((c) => c.type === 'text')).toBe(true)
        expect(prose.map((c) => c.content).join('')).toBe(expectedProse(a).trim())
        expect(code.map((c) => c.type)).toEqual(['code_inline'])
        expectNoInvisible(code[0].content)
        expect(code[0].content.trim()).toBe(visibleText(b).replace(/<!--/g, '<!-\\u{2D}').trim())
      }),
      RUNS
    )
  })

  test('a heading: one h4 of plain text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = md.parse(`#### ${headingText(s)}`, {})
        expect(tokens.map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close'])
        expect(tokens[0].tag).toBe('h4')
        const children = inlineChildren(tokens)
        expect(children.every((c) => c.type === 'text')).toBe(true)
        // A heading drops its trailing spaces.
        expect(children.map((c) => c.content).join('')).toBe(expectedProse(s).trim())
      }),
      RUNS
    )
  })

  test('inline code: one code span holding the text, whatever backticks it has', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = md.parse(`See ${inlineCode(s)} here`, {})
        const children = inlineChildren(tokens)
        expect(children.map((c) => c.type)).toEqual(['text', 'code_inline', 'text'])
        const shown = visibleText(s).replace(/<!--/g, '<!-\\u{2D}')
        // CommonMark strips one space on each side when both are there.
        expect([shown, shown.trim()]).toContain(children[1].content.length === shown.length ? children[1].content : children[1].content.trim())
        expectNoInvisible(children[1].content)
      }),
      RUNS
    )
  })

  test('a link: exactly one link, to the intended target, with plain text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const target = `https://github.com/o/r/blob/abc/${urlPath(s)}#L3`
        const tokens = md.parse(`See ${link(s, target)} now`, {})
        const children = inlineChildren(tokens)
        const opens = children.filter((c) => c.type === 'link_open')
        expect(opens).toHaveLength(1)
        expect(opens[0].attrGet('href')).toBe(target)
        const inside = children.slice(children.indexOf(opens[0]) + 1, children.findIndex((c) => c.type === 'link_close'))
        expect(inside.every((c) => c.type === 'text')).toBe(true)
        expect(inside.map((c) => c.content).join('')).toBe(expectedProse(s))
        expect(children.filter((c) => !['text', 'link_open', 'link_close'].includes(c.type))).toEqual([])
      }),
      RUNS
    )
  })

  test('a link target from hostile text can only be an http(s) URL with nothing that ends it early', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        for (const url of [s, `https://x.example/${s}`]) {
          const target = linkTarget(url)
          expect(target).not.toMatch(/[\s()<>"'`\\]/)
          const tokens = md.parse(`[t](${target})`, {})
          const opens = inlineChildren(tokens).filter((c) => c.type === 'link_open')
          expect(opens).toHaveLength(1)
          expect(opens[0].attrGet('href')).toMatch(/^(https?:\/\/|#$)/)
        }
      }),
      RUNS
    )
  })

  test('<summary> and the fenced block of a details section', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, body) => {
        const text = details(title, codeBlock(body, 'diff'))
        const tokens = md.parse(text, {})
        expect(tokens.map((t) => t.type)).toEqual(['html_block', 'fence', 'html_block'])
        const summary = summaryText(title)
        expect(tokens[0].content).toBe(`<details><summary>${summary}</summary>\n`)
        expect(summary).not.toMatch(/[<>"]/)
        // Raw HTML: a browser decodes the entities and nothing else.
        const decoded = summary.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '')
        expect(decoded).toBe(expectedProse(title))
        expectNothingLinkedByText(decoded)
        expectNoInvisible(decoded)
        expect(tokens[1].info).toBe('diff')
        const shownBody = visibleText(body, true).replace(/<!--/g, '<!-\\u{2D}')
        expect(tokens[1].content).toBe(shownBody.endsWith('\n') ? shownBody : `${shownBody}\n`)
        expectNoInvisible(tokens[1].content)
        expect(tokens[2].content).toBe('</details>\n')
      }),
      RUNS
    )
  })

  test('annotation text: invisible characters shown, lines kept', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const shown = annotationText(s)
        expectNoInvisible(shown.replace(/\n/g, ''))
        expect(shown.replace(/\\u\{[0-9A-F]{4,6}\}/g, '')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/)
      }),
      RUNS
    )
  })

  test('names that differ only in a line break or a tab never show alike on one line', () => {
    // A lone CR showed as \n, as LF did, and a tab as the space it renders as: two files, one name shown.
    const names = ['iam/a\rb.json', 'iam/a\nb.json', 'iam/a\r\nb.json', 'iam/a\n\rb.json', 'iam/a\tb.json', 'iam/a b.json']
    for (const shown of [visibleText, inlineCode, cellCode, cellText, summaryText, headingText]) {
      const seen = names.map((n) => shown(n))
      expect(new Set(seen).size).toBe(names.length)
      for (const s of seen) expect(s).not.toMatch(/[\r\n\t]/)
    }
    expect(visibleText('a\rb\r\nc\td')).toBe('a\\rb\\r\\nc\\td')
    // Kept line breaks (a code block, an annotation) are lines, and tabs stay tabs.
    expect(visibleText('a\rb\r\nc\td', true)).toBe('a\nb\nc\td')
  })

  test('examples from the issue', () => {
    const name = 'iam/x\n\n**text** @octocat [link](https://e.example) #1.json'
    const rendered = md.render(`| ${cellText(name)} |\n| --- |\n`)
    expect(rendered).not.toContain('<strong>')
    expect(rendered).not.toContain('<a ')
    expect(rendered).not.toMatch(/@octocat/)
    expect(inlineText('a\u202eb\u200bc')).toBe('a\\\\u\\{202E\\}b\\\\u\\{200B\\}c')
    expect(visibleText('a\u202eb')).toBe('a\\u{202E}b')
    expect(md.renderInline(inlineText('a\u202eb'))).toBe('a\\u{202E}b')
  })

  test("a '$' in prose is escaped: GitHub reads $...$ as a math expression (policy variables hold '$')", () => {
    // GitHub renders text between two '$' as LaTeX (docs: "Writing mathematical expressions"); markdown-it does not
    // know math, so the check is on the source: no '$' that is not backslash-escaped, and the text shows as it is.
    const message = 'Resource "arn:aws:s3:::b/${aws:username}/*" and "${aws:userid}$x$"'
    const escaped = inlineText(message)
    expect(escaped.replace(/\\[\s\S]/g, '')).not.toContain('$')
    expect(md.renderInline(escaped)).toBe(md.utils.escapeHtml(message))
    fc.assert(
      fc.property(hostile, (s) => {
        for (const shown of [inlineText(s), cellText(s), headingText(s)]) expect(shown.replace(/\\[\s\S]/g, '')).not.toContain('$')
      }),
      RUNS
    )
  })

  test('inline code keeps a space at both ends: CommonMark strips one from each, and " a " showed as "a"', () => {
    for (const name of [' iam/a.json ', '  iam/a.json  ', ' `a` ', ' ', '  ']) {
      const children = inlineChildren(md.parse(`See ${inlineCode(name)} here`, {}))
      expect(children.map((c) => c.type)).toEqual(['text', 'code_inline', 'text'])
      expect(children[1].content).toBe(name)
    }
    // Two names that differ only in their outer spaces never show alike.
    const shown = ['iam/a.json', ' iam/a.json ', '  iam/a.json  '].map((n) => inlineChildren(md.parse(inlineCode(n), {}))[0].content)
    expect(new Set(shown).size).toBe(3)
  })

  test('variation selectors, which show nothing after a letter, are shown', () => {
    // U+FE0F after 'a' and U+E0100 (a variation selector of the supplement) are invisible: 'a.json' and 'a\uFE0F.json' read alike.
    expect(visibleText('a\ufe0f.json')).toBe('a\\u{FE0F}.json')
    expect(visibleText('a\ufe00.json')).toBe('a\\u{FE00}.json')
    expect(visibleText('a\udb40\udd00.json')).toBe('a\\u{E0100}.json')
    expect(visibleText('a\udb40\uddef.json')).toBe('a\\u{E01EF}.json')
    expect(inlineCode('a\ufe0f.json')).toBe('`a\\u{FE0F}.json`')
  })

  test("every character Unicode says to render invisibly (Default_Ignorable_Code_Point) is shown: 'a.json' and one with such a character read alike", () => {
    // U+1BCA0 (shorthand format letter overlap), U+1D173 (musical symbol begin beam) and the unassigned U+E0080 and
    // U+E01F0-E0FFF showed as nothing: a pull request could add iam/app\u{1BCA0}.json beside iam/app.json.
    for (const cp of [0x1bca0, 0x1bca3, 0x1d173, 0x1d17a, 0xe0080, 0xe00ff, 0xe01f0, 0xe0fff]) {
      const ch = String.fromCodePoint(cp)
      expect(visibleText(`iam/app${ch}.json`)).toBe(`iam/app\\u{${cp.toString(16).toUpperCase()}}.json`)
    }
    // All of them, by the property itself (the runtime's Unicode data): none is left as it is.
    const ignorable = /\p{Default_Ignorable_Code_Point}/u
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const ch = String.fromCodePoint(cp)
      if (ignorable.test(ch)) expect([cp.toString(16), visibleText(`a${ch}b`)]).toEqual([cp.toString(16), `a${hexOf(cp)}b`])
    }
  })
})

const hexOf = (cp: number) => `\\u{${cp.toString(16).toUpperCase().padStart(4, '0')}}`
