// Cutting the review to GitHub's 65,536 characters asks, for each file
// section and each text diff, whether it still fits. Each question rendered
// the whole file table and walked every file again to word the note of what
// was cut: quadratic in the files, 8 s for the 3,000 a pull request can list.
// The file fields read while cutting are counted here through getters: a
// bound that does not depend on the machine.
import { describe, expect, test } from '@jest/globals'
import { carriesMarker, withMarker } from '../../src/github/sticky-comment.js'
import { reviewComment, type FileReview } from '../../src/report/review-comment.js'

function countedFiles(n: number): { files: FileReview[]; reads: () => number } {
  let reads = 0
  const files = Array.from({ length: n }, (_, i) => {
    const textDiff = `--- a\n+++ b\n@@ -1 +1 @@\n-"s3:GetObject${i}"\n+"s3:PutObject${i}"\n`
    const file: FileReview = {
      path: `iam/team-${i}/policy.json`,
      status: 'modified',
      accessChange: 'broadens',
      changes: [{ statement: `S${i}`, change: 'adds s3:PutObject', rating: 'broadens', why: 'a new action' }],
      findings: [],
      textDiff: ''
    }
    Object.defineProperty(file, 'textDiff', {
      get: () => {
        reads++
        return textDiff
      }
    })
    return file
  })
  return { files, reads: () => reads }
}

test('cutting a review of thousands of files reads each file a few times, not once per piece tried', () => {
  const { files, reads } = countedFiles(1500)
  const built = reviewComment(files, { runUrl: 'https://github.com/o/r/actions/runs/1' }, 65_536)
  expect(built.body.length).toBeLessThanOrEqual(65_536)
  expect(built.cut.length).toBeGreaterThan(0)
  expect(built.body).toContain('**Cut to fit GitHub\'s 65,536-character limit:**')
  // Reading a file's diff once per question asked of every file would be millions of reads.
  expect(reads()).toBeLessThan(10 * files.length)
})

/**
 * Files of many long findings, every finding's message counted as it is read: every file's section was built
 * whole before any was cut, gigabytes for a hostile pull request (3,000 files of thousands of findings, each
 * linking the file's long path, ran a 4 GB heap out of memory) when the comment keeps 65,536 characters of it and
 * the summary 1 MiB. A section is now built only as far as the room left for it.
 */
test('a review of many large sections builds only what can fit', () => {
  let reads = 0
  const message = `grants iam:PassRole on every role${' of the account'.repeat(60)}`
  const files: FileReview[] = Array.from({ length: 1000 }, (_, i) => ({
    path: `iam/${'team/'.repeat(60)}p${i}.json`,
    status: 'modified',
    accessChange: 'broadens',
    changes: [{ statement: `S${i}`, change: 'adds iam:PassRole', rating: 'broadens' }],
    findings: Array.from({ length: 80 }, (_, j) => {
      const finding = { code: 'RTC201', severity: 'warning', line: j + 1, hint: 'name the roles', message: '' }
      Object.defineProperty(finding, 'message', {
        get: () => {
          reads++
          return message
        }
      })
      return finding as FileReview['findings'][number]
    }),
    textDiff: '--- a\n+++ b\n@@ -1 +1 @@\n-"iam:GetRole"\n+"iam:PassRole"\n'
  }))
  const context = { runUrl: 'https://github.com/o/r/actions/runs/1', blobBase: `https://github.com/o/r/blob/${'a'.repeat(40)}/` }
  const all = 1000 * 80
  const comment = reviewComment(files, context, 65_536)
  expect(comment.body.length).toBeLessThanOrEqual(65_536)
  expect(comment.cut[0]).toMatch(/^1000 file sections/)
  // Not every finding of every file: what fits, and of each file tried after, as much as the room left.
  expect(reads).toBeLessThan(all / 4)
  reads = 0
  const summary = reviewComment(files, context, 1024 * 1024, 'summary')
  expect(summary.body.length).toBeLessThanOrEqual(1024 * 1024)
  expect(summary.cut[0]).toMatch(/^9\d\d file sections/)
  expect(reads).toBeLessThan(all / 2)
})

describe('our marker is found and added in time linear in the body', () => {
  const marker = '<!-- redshift-temp-creds-action review tag=t -->'
  const comment = (body: string) => ({ id: 1, body, html_url: 'https://github.com/o/r/pull/1#issuecomment-1', user: { login: 'github-actions[bot]', id: 41898282 } })

  test('a body with long runs of white space and line breaks (quoted from a pull request) is read without a regular expression: /\\s+$/ took 8 s at 60,000', () => {
    // Checked, not timed (the machine is shared): the body is read with trimEnd, lastIndexOf and a loop from its end,
    // each linear, and no regular expression runs over it (one anchored at its end tries every white-space run).
    // RegExp.prototype.exec is what every regular-expression method calls once it is replaced.
    const exec = RegExp.prototype.exec
    let overBody = 0
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (String(text).length > 1000) overBody++
      return exec.call(this, text)
    }
    try {
      expect(carriesMarker(comment(`${' '.repeat(60_000)}x\n${'\n'.repeat(60_000)}y\n\n${marker}\n \n`), marker)).toBe(true)
      expect(carriesMarker(comment(`${marker}\n${' \n'.repeat(30_000)}x`), marker)).toBe(false)
      expect(withMarker(`a${'\n'.repeat(30_000)}b\n\n\n`, marker)).toBe(`a${'\n'.repeat(30_000)}b\n\n${marker}\n`)
      // The spy sees a regular expression run over a long text (so it would see /\s+$/).
      expect(/\s+$/.test(' '.repeat(2000))).toBe(true)
    } finally {
      RegExp.prototype.exec = exec
    }
    expect(overBody).toBe(1)
  })

  test('the marker counts only on the last line, with white space around it', () => {
    expect(carriesMarker(comment(`text\n\n  ${marker} \r\n\n`), marker)).toBe(true)
    expect(carriesMarker(comment(marker), marker)).toBe(true)
    expect(carriesMarker(comment(`${marker}\nmore`), marker)).toBe(false)
    expect(carriesMarker(comment(''), marker)).toBe(false)
  })
})
