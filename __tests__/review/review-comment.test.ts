import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type { Finding } from '../../src/core/lint/finding.js'
import { parsePolicyFiles } from '../../src/core/validate/policy-files.js'
import { accessChangeOf, selectPolicyFiles } from '../../src/modes/review.js'
import { combineAccess, commitsLine, noPolicyFilesComment, reviewedHeadOf, reviewComment, tableCharactersBuilt, verdictLine, verdictOf, type FileReview } from '../../src/report/review-comment.js'

const file = (over: Partial<FileReview> = {}): FileReview => ({
  path: 'iam/app.json',
  status: 'modified',
  accessChange: 'none',
  changes: [],
  findings: [],
  textDiff: '',
  ...over
})

const finding = (message: string): Finding => ({ file: 'iam/app.json', line: 3, column: 5, code: 'RTC101', severity: 'error', message, hint: 'fix it' })

describe('verdict', () => {
  it('combines file changes: mixed when some broaden and others narrow', () => {
    expect(combineAccess([])).toBe('none')
    expect(combineAccess(['none', 'broadens'])).toBe('broadens')
    expect(combineAccess(['narrows', 'none'])).toBe('narrows')
    expect(combineAccess(['narrows', 'broadens'])).toBe('mixed')
    expect(combineAccess(['mixed'])).toBe('mixed')
  })

  it('puts invalid documents first', () => {
    const files = [file({ accessChange: 'broadens' }), file({ path: 'iam/b.json', invalid: 'line 1: Unexpected end' })]
    expect(verdictOf(files)).toBe('invalid')
    expect(verdictLine(files)).toBe('❌ **Invalid documents**: 1 file cannot be read as a policy; 1 file broadens access (2 changed IAM files).')
    expect(verdictLine([file()])).toBe('⚪ **No change in access**: the change keeps access as it was (1 changed IAM file).')
    expect(verdictLine([file(), file()])).toBe('⚪ **No change in access**: the 2 changes keep access as it was (2 changed IAM files).')
    expect(verdictLine([file({ accessChange: 'narrows' }), file({ accessChange: 'narrows' })])).toMatch(/^🟢 \*\*Narrows access\*\*: 2 files narrow access/)
  })

  it('the access-change output counts a head that cannot be read as a policy as broadening, as a file not reviewed', () => {
    const invalid = file({ path: 'iam/b.json', accessChange: 'narrows', invalid: 'line 1: Unexpected end' })
    expect(accessChangeOf([invalid])).toBe('broadens')
    expect(accessChangeOf([file({ accessChange: 'narrows' }), invalid])).toBe('mixed')
    expect(accessChangeOf([file({ accessChange: 'broadens', notReviewed: 'over 1 MiB' }), file({ accessChange: 'narrows' })])).toBe('mixed')
    expect(accessChangeOf([file({ accessChange: 'narrows' }), file()])).toBe('narrows')
  })

  it('past GitHub\'s 3,000 listed files, changes that keep access are "not fully reviewed", never "no change"', () => {
    const files = [file(), file({ path: 'iam/other.json' })]
    const body = reviewComment(files, { capped: true }).body
    expect(body).toContain('⚠️ **Not fully reviewed**: the 2 changes keep access as it was; files past the first 3,000 GitHub lists are not reviewed (2 changed IAM files).')
    expect(body).not.toContain('No change in access')
    // A verdict that names a change stays: nothing past the list takes back what the listed files do.
    expect(reviewComment([file({ accessChange: 'broadens' })], { capped: true }).body).toContain('🔴 **Broadens access**')
    expect(reviewComment(files, {}).body).toContain('⚪ **No change in access**')
  })

  it('never shows a green "Narrows access" when a file, or the files past GitHub\'s 3,000, were not reviewed', () => {
    // The access-change output counts those as broadening ("mixed"): the headline must not read as safe to merge.
    const unreviewed = file({ path: 'iam/big.json', accessChange: 'broadens', notReviewed: 'over 1 MiB' })
    const narrowing = file({ accessChange: 'narrows' })
    expect(accessChangeOf([narrowing, unreviewed])).toBe('mixed')
    expect(verdictOf([narrowing, unreviewed])).toBe('incomplete')
    expect(verdictLine([narrowing, unreviewed])).toBe(
      '⚠️ **Not fully reviewed**: 1 file not reviewed (over a size, time, memory or work budget, or not a file that can be read at its commit); 1 file narrows access (2 changed IAM files).'
    )
    expect(reviewComment([narrowing], { capped: true }).body).toContain(
      '⚠️ **Not fully reviewed**: 1 file narrows access; files past the first 3,000 GitHub lists are not reviewed (1 changed IAM file).'
    )
    // A broadening stays the headline: nothing unreviewed takes it back.
    expect(verdictOf([file({ accessChange: 'broadens' }), unreviewed])).toBe('broadens')
    expect(reviewComment([file({ accessChange: 'mixed' })], { capped: true }).body).toContain('🟠 **Broadens and narrows access**')
  })

  it('says the files past GitHub\'s 3,000 were not reviewed whatever the verdict, and the log\'s verdict is the comment\'s', () => {
    const unreviewed = file({ path: 'iam/big.json', accessChange: 'broadens', notReviewed: 'over 1 MiB' })
    expect(verdictOf([file()], true)).toBe('incomplete')
    expect(verdictOf([file({ accessChange: 'narrows' })], true)).toBe('incomplete')
    expect(verdictOf([file({ accessChange: 'broadens' })], true)).toBe('broadens')
    expect(verdictLine([file({ accessChange: 'broadens' })], true)).toBe(
      '🔴 **Broadens access**: 1 file broadens access; files past the first 3,000 GitHub lists are not reviewed (1 changed IAM file).'
    )
    expect(verdictLine([file({ accessChange: 'narrows' }), unreviewed], true)).toBe(
      '⚠️ **Not fully reviewed**: 1 file not reviewed (over a size, time, memory or work budget, or not a file that can be read at its commit); 1 file narrows access; files past the first 3,000 GitHub lists are not reviewed (2 changed IAM files).'
    )
  })

  it('counts a file that both broadens and narrows once, as such', () => {
    // One changed file must not read as "1 file broadens; 1 file narrows".
    expect(verdictLine([file({ accessChange: 'mixed' })])).toBe('🟠 **Broadens and narrows access**: 1 file both broadens and narrows access (1 changed IAM file).')
    expect(verdictLine([file({ accessChange: 'mixed' }), file({ accessChange: 'broadens' }), file({ accessChange: 'mixed' })])).toBe(
      '🟠 **Broadens and narrows access**: 1 file broadens access; 2 files both broaden and narrow access (3 changed IAM files).'
    )
    expect(verdictLine([file({ accessChange: 'narrows' }), file({ accessChange: 'none' })])).toBe('🟢 **Narrows access**: 1 file narrows access (2 changed IAM files).')
  })
})

describe('safe text', () => {
  it('fences the diff longer than any backtick run, escapes HTML and breaks mentions', () => {
    const f = file({
      path: 'iam/<b>x</b>.json',
      accessChange: 'broadens',
      changes: [{ statement: "statement '@admins'", change: 'adds `s3:*` </details><img src=x> @octocat', rating: 'broadens' }],
      findings: [finding('Sid "@team" has ```` backticks <script>')],
      textDiff: '-"Sid": "a"\n+"Sid": "````@here</details>"\n'
    })
    const { body } = reviewComment([f], {})
    expect(body).toContain('`````diff\n-"Sid": "a"\n+"Sid": "````@here</details>"\n`````')
    // Markdown shows an escaped '\\<' as text: no unescaped tag is left.
    expect(body).not.toMatch(/(?<!\\)<(img|script)/)
    // A path is only ever shown as code, where Markdown prints HTML as text.
    expect(body.replaceAll('`iam/<b>x</b>.json`', '')).not.toContain('<b>')
    expect(body).toContain('\\</details\\>\\<img src=x\\> \\@\u200boctocat')
    expect(body).toContain('@\u200bteam')
    expect(body).not.toMatch(/@(admins|octocat|team)\b/)
    expect(body).toContain('<details><summary>Text diff of iam/&lt;b&gt;x&lt;/b&gt;.json</summary>')
  })

  it('a path with brackets and parentheses forms no link in any title: heading, summary, rename line, table, cut note', () => {
    // Nested brackets spliced into Markdown would make `[x](https://e.example)` a link, and `a](b)` close one early.
    const path = 'iam/[x](https://e.example)/a](b)[c].json'
    const f = file({ path, previousPath: `${path}(old)`, status: 'renamed', accessChange: 'broadens', textDiff: '-a\n+b\n' })
    const cut = file({ path: `${path}2`, accessChange: 'none', textDiff: `-${'x'.repeat(3000)}\n` })
    const { body } = reviewComment([f, cut], { runUrl: 'https://github.com/o/r/actions/runs/1' }, 2500)
    expect(body).toContain('Cut to fit')
    const md = new MarkdownIt({ html: true, linkify: true })
    const links = md.parse(body, {}).flatMap((t) => t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href'))
    expect(links).toEqual(['https://github.com/o/r/actions/runs/1'])
    const html = md.render(body)
    expect(html).toContain(`<summary>Text diff of ${path}</summary>`)
    expect(html).toContain(`<h4><code>${path}</code> — 🔴 broadens</h4>`)
  })

  it('escapes a pipe in table cells, even inside code', () => {
    const { body } = reviewComment([file({ path: 'iam/a|b.json' })], {})
    expect(body).toContain('| `iam/a\\|b.json` | modified |')
  })

  it("escapes the file's status from GitHub's list of changed files in its table cell", () => {
    // The status is the API's text, cast, not checked (pull-request.ts): a proxy or another server's answer can hold anything.
    const status = 'modified | @octocat [x](https://e.example) <img src=x>' as FileReview['status']
    const { body } = reviewComment([file({ status })], {})
    const md = new MarkdownIt({ html: true, linkify: true })
    const tokens = md.parse(body, {})
    const cells = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'td_open')
    expect(cells).toHaveLength(4)
    expect(cells[1].children?.every((c) => c.type === 'text')).toBe(true)
    expect(cells[1].children?.map((c) => c.content).join('')).toBe('modified | @\u200boctocat [x](https://e.example) <img src=x>')
    expect(body).not.toMatch(/@octocat/)
  })

  it('links findings to their line at the head commit', () => {
    const { body } = reviewComment([file({ findings: [finding('Resource "*"')] })], { blobBase: 'https://github.com/o/r/blob/abc/' })
    expect(body).toContain('[line 3](https://github.com/o/r/blob/abc/iam/app.json#L3)')
  })

  it("a finding's message and hint read as two sentences, also when neither ends with a full stop (RTC001's)", () => {
    const syntax: Finding = { ...finding("Extra '}' after the end of the JSON document: one '}' too many"), hint: "Delete this '}'" }
    const { body } = reviewComment([file({ findings: [syntax, { ...finding('Resource "*" is broad.'), hint: '' }] })], {})
    const items = new MarkdownIt().parse(body, {}).filter((t) => t.type === 'inline' && t.content.includes('RTC101'))
    const text = items.map((t) => t.children!.filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join(''))
    expect(text).toEqual([
      "❌ error line 3 RTC101: Extra '}' after the end of the JSON document: one '}' too many. Delete this '}'.",
      '❌ error line 3 RTC101: Resource "*" is broad.'
    ])
  })
})

describe('values quoted from the files', () => {
  it('a 100 KB value shows as its first 1,000 characters and a count of the rest, in change rows and finding lines alike', () => {
    const huge = `s3:Get${'A'.repeat(100_000)}`
    const f = file({
      accessChange: 'broadens',
      changes: [{ statement: 'statement #1', change: `adds ${huge}`, rating: 'broadens', why: `now allows ${huge}` }],
      findings: [finding(`Unknown action ${huge}`)]
    })
    const { body } = reviewComment([f], {})
    expect(body.length).toBeLessThan(10_000)
    // Escaped Markdown: '[' and ']' are written \[ and \].
    expect(body.match(/… \\\[[\d,]+ more characters\\\]/g)).toHaveLength(3)
    expect(body).toContain('A'.repeat(900))
  })
})

describe('the length limit', () => {
  const big = (i: number, diffLines: number, rows: number): FileReview =>
    file({
      path: `iam/file-${i}.json`,
      accessChange: i % 2 ? 'broadens' : 'narrows',
      changes: Array.from({ length: rows }, (_, j) => ({ statement: `statement #${j + 1}`, change: `adds s3:GetObject on arn:aws:s3:::b-${j}/*`, rating: 'broadens' as const })),
      textDiff: Array.from({ length: diffLines }, (_, j) => `+  "arn:aws:s3:::bucket-${j}/*",`).join('\n')
    })

  it('keeps the whole review when it fits', () => {
    const files = [big(1, 10, 2), big(2, 10, 2)]
    const { body, cut } = reviewComment(files, {}, 65_536)
    expect(cut).toEqual([])
    expect(body).toBe(reviewComment(files, {}).body)
  })

  it('stays under any limit, cutting whole pieces and saying what', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(400), fc.nat(60)), { minLength: 1, maxLength: 25 }), fc.integer({ min: 3000, max: 65_536 }), (shapes, limit) => {
        const files = shapes.map(([d, r], i) => big(i, d, r))
        const whole = reviewComment(files, { runUrl: 'https://github.com/o/r/actions/runs/1' }).body
        const { body, cut } = reviewComment(files, { runUrl: 'https://github.com/o/r/actions/runs/1' }, limit)
        expect(body.length).toBeLessThanOrEqual(limit)
        if (whole.length <= limit) expect(cut).toEqual([])
        else {
          expect(cut.length).toBeGreaterThan(0)
          expect(body).toContain('[job summary](https://github.com/o/r/actions/runs/1)')
          // Whole pieces: every fence that opens also closes.
          expect((body.match(/^```+diff$/gm) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length)
        }
      }),
      { numRuns: 60 }
    )
  })

  it('stays under the limit when the cut note names files whose paths are thousands of control characters', () => {
    // Git takes any byte but NUL in a path: each \x01 shows as \u{0001} (eight characters), so five such paths of
    // 4,000 bytes filled the note that names the cut sections past GitHub's limit, and the review threw.
    const segment = '\x01'.repeat(250)
    const files = Array.from({ length: 6 }, (_, i) => file({ path: `iam/${Array.from({ length: 15 }, () => segment).join('/')}/${i}.json`, accessChange: 'broadens' }))
    const { body, cut } = reviewComment(files, {}, 65_400)
    expect(body.length).toBeLessThanOrEqual(65_400)
    expect(cut[0].length).toBeLessThan(10_000)
    expect(cut[0]).toMatch(/^6 file sections \(`iam\/(\\u\{0001\})+… \[[\d,]+ more characters\]`, .* and 1 more\)$/)
  })

  it('never renders a text diff that cannot fit: 40 diffs of 2 MB of control characters stay under the limit', () => {
    // Each \x01 shows as \u{0001}: rendered whole, these diffs are 670 million characters, past V8's longest string,
    // and the review threw "Invalid string length" (the versions are 80 MiB, well within the review's budget).
    const diff = `@@ -1,1 +1,1 @@\n-${'\x01'.repeat(1 << 20)}\n+${'\x02'.repeat(1 << 20)}\n`
    const files = Array.from({ length: 40 }, (_, i) => file({ path: `iam/f${i}.json`, accessChange: 'broadens', textDiff: diff }))
    const { body, cut } = reviewComment(files, {}, 65_000)
    expect(body.length).toBeLessThanOrEqual(65_000)
    expect(cut).toContain('40 text diffs')
    expect(body).toContain('#### `iam/f0.json`')
  })

  it('cuts text diffs before file sections, and names the artifact', () => {
    const files = [big(1, 3000, 3), big(2, 10, 3)]
    const { body, cut } = reviewComment(files, { artifactName: 'iam-review' }, 65_536)
    expect(cut).toEqual(['1 text diff'])
    expect(body).toContain('#### `iam/file-1.json`')
    expect(body).toContain('Text diff of iam/file-2.json')
    expect(body).not.toContain('Text diff of iam/file-1.json')
    expect(body).toContain('The job summary holds the whole review. Every finding is in the `iam-review` artifact.')
  })

  it('keeps the sections and text diffs of files that change access before those of files that do not', () => {
    // A PR that reformats many files and broadens a few at its end: the reformatted files' long text diffs come
    // first in file order, and must not push out what the reviewer has to read.
    const reformatted = (i: number) => ({ ...big(i, 300, 0), accessChange: 'none' as const })
    const files = [...Array.from({ length: 20 }, (_, i) => reformatted(i)), big(21, 200, 2), { ...big(22, 200, 2), accessChange: 'narrows' as const }, big(23, 200, 2)]
    const { body, cut } = reviewComment(files, {}, 30_000)
    expect(body.length).toBeLessThanOrEqual(30_000)
    expect(cut.length).toBeGreaterThan(0)
    for (const i of [21, 22, 23]) {
      expect(body).toContain(`#### \`iam/file-${i}.json\``)
      expect(body).toContain(`Text diff of iam/file-${i}.json`)
    }
    // What gave way is the reformatted files' diffs.
    expect(cut.some((c) => /text diffs?$/.test(c))).toBe(true)
    expect(body).not.toContain('Text diff of iam/file-19.json')
    // Shown in file order all the same.
    const shown = [...body.matchAll(/^#### `iam\/file-(\d+)\.json`/gm)].map((m) => Number(m[1]))
    expect(shown).toEqual([...shown].sort((a, b) => a - b))
  })

  it("cut for the job summary: says which limit, and never points back at the summary", () => {
    const files = Array.from({ length: 400 }, (_, i) => big(i, 400, 3))
    const room = 80_000
    const { body, cut } = reviewComment(files, { artifactName: 'iam-review', runUrl: 'https://github.com/o/r/actions/runs/1' }, room, 'summary')
    expect(cut.length).toBeGreaterThan(0)
    expect(body.length).toBeLessThanOrEqual(room)
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(3 * room)
    expect(body).toContain("**Cut to fit the job summary's 1 MiB limit:**")
    expect(body).toContain('Every finding is in the `iam-review` artifact.')
    expect(body).not.toContain('holds the whole review')
  })

  it('never builds a file table longer than the limit to learn that it does not fit', () => {
    // Each path of 3,750 \x01 shows as 30,000 characters: the whole table of 500 such rows is 15 million characters,
    // and it was built (then half of it, a quarter... then each of 64 rows, 63, ...: 80 million in all, most of the
    // time and memory a review of thousands of such files took) only to learn that none of it fits.
    const segment = '\x01'.repeat(250)
    const deep = Array.from({ length: 15 }, () => segment).join('/')
    const files = Array.from({ length: 500 }, (_, i) => file({ path: `iam/${deep}/${i}.json`, accessChange: 'broadens' }))
    const before = tableCharactersBuilt()
    const { body, cut } = reviewComment(files, {}, 65_536)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(tableCharactersBuilt() - before).toBeLessThanOrEqual(65_536)
    expect(cut.join('; ')).toMatch(/^500 file sections .*; \d+ rows of the file table$/)
    expect(body).toMatch(/\| … \d+ more files \|/)
  })

  it('shrinks the file table itself for thousands of files', () => {
    const files = Array.from({ length: 3000 }, (_, i) => file({ path: `iam/${'deep/'.repeat(8)}policy-${i}.json`, accessChange: 'broadens' }))
    const { body, cut } = reviewComment(files, {}, 65_536)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(cut.join('; ')).toMatch(/^\d+ file sections .*; \d+ rows of the file table$/)
    expect(body).toMatch(/\| … \d+ more files \|/)
  })
})

describe('the commits line', () => {
  const commits = { head: 'a'.repeat(40), before: 'b'.repeat(40), commitUrl: 'https://github.com/o/r/commit/' }

  it('names the head and the before commit, linked, as the last line, and is kept when the review is cut', () => {
    const line = '<sub>Reviewed the head [aaaaaaaaaaaa](https://github.com/o/r/commit/' + 'a'.repeat(40) + '), compared with the merge base [bbbbbbbbbbbb](https://github.com/o/r/commit/' + 'b'.repeat(40) + ').</sub>'
    expect(commitsLine(commits, false)).toBe(line)
    expect(commitsLine(commits, true)).toContain(', compared with [bbbbbbbbbbbb](')
    expect(commitsLine({ head: commits.head, commitUrl: commits.commitUrl }, false)).toBe('<sub>Reviewed the head [aaaaaaaaaaaa](https://github.com/o/r/commit/' + 'a'.repeat(40) + ').</sub>')
    const files = Array.from({ length: 30 }, (_, i) => file({ path: `iam/f${i}.json`, accessChange: 'broadens', textDiff: '+x\n'.repeat(300) }))
    const whole = reviewComment(files, { commits }).body
    expect(whole.trimEnd().split('\n').pop()).toBe(line)
    const cut = reviewComment(files, { commits }, 5000)
    expect(cut.cut.length).toBeGreaterThan(0)
    expect(cut.body.length).toBeLessThanOrEqual(5000)
    expect(cut.body.trimEnd().split('\n').pop()).toBe(line)
  })
})

describe('reviewedHeadOf', () => {
  it('reads the head back from the commits line, the last one, and nothing from a body without one', () => {
    const commitUrl = 'https://github.com/o/r/commit/'
    const body = (head: string) => reviewComment([file({ accessChange: 'broadens' })], { commits: { head, before: 'b'.repeat(40), commitUrl } }).body
    expect(reviewedHeadOf(body('c'.repeat(40)))).toBe('c'.repeat(40))
    expect(reviewedHeadOf(`${body('d'.repeat(40))}\n${commitsLine({ head: 'e'.repeat(40), commitUrl }, false)}\n`)).toBe('e'.repeat(40))
    expect(reviewedHeadOf(reviewComment([file()], {}).body)).toBeUndefined()
    expect(reviewedHeadOf(noPolicyFilesComment(['iam/**']))).toBeUndefined()
    expect(reviewedHeadOf(noPolicyFilesComment(['iam/**'], { head: 'f'.repeat(40), commitUrl }))).toBe('f'.repeat(40))
  })
})

describe('noPolicyFilesComment', () => {
  it('says the PR no longer changes an IAM file', () => {
    expect(noPolicyFilesComment(['iam/**/*.json'])).toContain('no longer changes any IAM file matched by `iam/**/*.json`')
  })
})

describe('selectPolicyFiles', () => {
  const globs = (text: string) => {
    const parsed = parsePolicyFiles(text)
    if (!parsed.ok) throw new Error(parsed.problem)
    return parsed.value
  }

  it('matches as discovery does: kinds, exclusions, no dot files unless spelled, renames on either side', () => {
    const selected = selectPolicyFiles(
      [
        { path: 'iam/a.json', status: 'modified' },
        { path: 'iam/.hidden.json', status: 'added' },
        { path: 'iam/legacy/x.json', status: 'modified' },
        { path: 'roles/r-trust.json', status: 'added' },
        { path: 'docs/readme.md', status: 'modified' },
        { path: 'iam/moved.json', status: 'renamed', previousPath: 'iam/before.json' },
        { path: 'archive/out.json', status: 'renamed', previousPath: 'iam/leaving.json' },
        { path: 'iam/arriving.json', status: 'renamed', previousPath: 'elsewhere/in.json' },
        { path: 'iam/copy.json', status: 'copied', previousPath: 'iam/a.json' }
      ],
      globs('iam/**/*.json\n!iam/legacy/**\ntrust: roles/*-trust.json')
    )
    expect(selected).toEqual([
      { path: 'iam/a.json', status: 'modified' },
      { path: 'roles/r-trust.json', status: 'added', kind: 'trust' },
      { path: 'iam/moved.json', status: 'renamed', previousPath: 'iam/before.json' },
      { path: 'iam/leaving.json', status: 'removed' },
      { path: 'iam/arriving.json', status: 'added' },
      { path: 'iam/copy.json', status: 'added' }
    ])
  })
})

describe('explanation lines (issue 9)', () => {
  it('adds a Why column with each change’s one-line explanation, escaped like the rest', () => {
    const f = file({
      accessChange: 'broadens',
      changes: [
        { statement: 'statement #1', change: 'adds 10.0.0.0/8 to condition IpAddress aws:SourceIp', rating: 'broadens', why: 'condition `aws:SourceIp` widened from 10.1.0.0/16 to 10.0.0.0/8' },
        { statement: 'statement #2', change: 'adds statement #2: Allow s3:DeleteObject', rating: 'neutral', why: "no effect: denied by statement '@ops|<b>'" }
      ]
    })
    const { body } = reviewComment([f], {})
    expect(body).toContain('| Statement | Change | Rating | Why |')
    expect(body).toContain('| 🔴 broadens | condition \\`aws\\:SourceIp\\` widened from 10\\.1\\.0\\.0/16 to 10\\.0\\.0\\.0/8 |')
    expect(body).toContain("no effect\\: denied by statement '\\@\u200bops\\|\\<b\\>'")
  })

  it('keeps three columns when no change carries an explanation', () => {
    const { body } = reviewComment([file({ accessChange: 'broadens', changes: [{ statement: 'statement #1', change: 'adds s3:GetObject', rating: 'broadens' }] })], {})
    expect(body).toContain('| Statement | Change | Rating |\n')
    expect(body).not.toContain('Why')
  })
})

describe('before versions at the base tip', () => {
  const fallback = { sha: 'c0ffee'.repeat(6) + 'c0ff', reason: 'GitHub did not name the merge base (it answered 503)' }
  const line =
    "The before versions are those of the base branch's tip `c0ffeec0ffee`, not of its merge base with the head: GitHub did not name the merge base \\(it answered 503\\). " +
    'What the base branch changed that the head does not have shows here as if this pull request undid it.'

  it('says so in one line under the verdict, and says nothing when the merge base was read', () => {
    const files = [file({ accessChange: 'broadens', textDiff: '-a\n+b\n' })]
    const body = reviewComment(files, { beforeFallback: fallback }).body
    expect(body.split('\n').slice(2, 5)).toEqual([verdictLine(files), '', line])
    expect(reviewComment(files, {}).body).not.toContain("base branch's tip")
  })

  it('keeps the line when the review is cut to fit', () => {
    const files = Array.from({ length: 40 }, (_, i) => file({ path: `iam/f${i}.json`, accessChange: 'broadens', textDiff: `-a\n+${'b'.repeat(2000)}\n` }))
    const cut = reviewComment(files, { beforeFallback: fallback }, 6000)
    expect(cut.cut.length).toBeGreaterThan(0)
    expect(cut.body.length).toBeLessThanOrEqual(6000)
    expect(cut.body.split('\n')).toContain(line)
  })
})
