// Markdown helpers: content (policy text, names, messages) cannot close a
// fence early, inject HTML, or notify anybody.
import { cellCode, codeBlock, details, escapeHtml, inlineCode, inlineText, table } from '../../src/report/markdown.js'

const longestBacktickRun = (text: string) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))

describe('codeBlock', () => {
  test('uses a three-backtick fence for content without backticks', () => {
    expect(codeBlock('{"a": 1}', 'json')).toBe('```json\n{"a": 1}\n```\n')
  })

  test('keeps one final newline and adds one when missing', () => {
    expect(codeBlock('x\n')).toBe('```\nx\n```\n')
    expect(codeBlock('x')).toBe('```\nx\n```\n')
  })

  test.each(['```', 'a ```` b', '`````json\n```\n``', '`'.repeat(10), 'x ` y `` z'])(
    'the fence is longer than any backtick run in %j',
    (content) => {
      const block = codeBlock(content, 'json')
      const fence = /^(`+)json\n/.exec(block)?.[1] ?? ''
      expect(fence.length).toBeGreaterThan(longestBacktickRun(content))
      expect(fence.length).toBeGreaterThanOrEqual(3)
      // The block closes with the same fence and only there.
      expect(block.endsWith(`\n${fence}\n`)).toBe(true)
      const inner = block.slice(fence.length + 'json\n'.length, block.length - fence.length - 1)
      expect(inner.split('\n').some((line) => line.startsWith(fence))).toBe(false)
    }
  )
})

describe('inlineCode', () => {
  test('wraps plain text in single backticks', () => {
    expect(inlineCode('arn:aws:iam::123456789012:role/r')).toBe('`arn:aws:iam::123456789012:role/r`')
  })
  test('a backtick run inside needs a longer fence; edge backticks get padding', () => {
    expect(inlineCode('a`b')).toBe('``a`b``')
    expect(inlineCode('a``b')).toBe('```a``b```')
    expect(inlineCode('`x`')).toBe('`` `x` ``')
  })
  test('shows line breaks as \\r and \\n so the span stays on one line', () => {
    expect(inlineCode('a\nb\r\nc')).toBe('`a\\nb\\r\\nc`')
  })
  test('empty text and spaces at the edges: padded only where code spans need it', () => {
    expect(inlineCode('')).toBe('`  `')
    // CommonMark strips one space from each end of a span that has one at both: the pad is what it strips.
    expect(inlineCode(' a ')).toBe('`  a  `')
    expect(inlineCode(' a')).toBe('` a`')
    expect(inlineCode('x <!-- y')).toBe('`x <!-\\u{2D} y`')
  })
  test('in a table cell a | is escaped, inside or outside a plain path', () => {
    expect(cellCode('iam/a|b.json')).toBe('`iam/a\\|b.json`')
    expect(cellCode('iam/a-b_c.d~e!f(g)h.json')).toBe('`iam/a-b_c.d~e!f(g)h.json`')
    expect(cellCode('é|`')).toBe('`` é\\|` ``')
  })
})

describe('escapeHtml', () => {
  test('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;')
  })
  test('leaves other text alone', () => {
    expect(escapeHtml('arn:aws:iam::1:role/a+b=c,d.e@f_g-h')).toBe('arn:aws:iam::1:role/a+b=c,d.e@f_g-h')
  })
})

describe('inlineText', () => {
  test('escapes HTML', () => {
    expect(inlineText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert\\(1\\)\\>')
    expect(inlineText('</details>')).not.toMatch(/(?<!\\)</)
  })
  test('breaks @mentions so nobody is notified', () => {
    const text = inlineText('ping @octocat and @org/team')
    expect(text).not.toMatch(/@\w/)
    expect(text).toBe('ping \\@\u200boctocat and \\@\u200borg/team')
  })
  test('neutralises Markdown that could open a link, emphasis, code or a table cell', () => {
    expect(inlineText('[x](http://e) *b* _i_ `c` a|b # h ~s~ \\')).toBe('\\[x\\]\\(http\\://e\\) \\*b\\* \\_i\\_ \\`c\\` a\\|b \\#\u200b h \\~s\\~ \\\\')
  })
  test('no entity or reference can form: & and # are escaped, #1 is broken', () => {
    expect(inlineText("the runner's #1 & <b> &amp;")).toBe("the runner's \\#\u200b1 \\& \\<b\\> \\&amp;")
  })
  test('shows line breaks as \\r and \\n, each as itself', () => {
    expect(inlineText('a\nb\r\nc\rd')).toBe('a\\\\nb\\\\r\\\\nc\\\\rd')
  })
})

describe('details and table', () => {
  test('details escapes its summary and leaves a blank line before the body', () => {
    expect(details('<b>kms-policy.json</b>', 'BODY')).toBe('<details><summary>&lt;b&gt;kms-policy.json&lt;/b&gt;</summary>\n\nBODY\n</details>\n')
  })
  test('table lays out a header, a rule and the rows', () => {
    expect(table(['', 'ARN'], [['Role', '`r`']])).toBe('|  | ARN |\n| --- | --- |\n| Role | `r` |\n')
  })
})
