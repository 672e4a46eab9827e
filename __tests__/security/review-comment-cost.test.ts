// Cutting the review to GitHub's 65,536 characters asks, for each file
// section and each text diff, whether it still fits. Each question rendered
// the whole file table and walked every file again to word the note of what
// was cut: quadratic in the files, 8 s for the 3,000 a pull request can list.
// The file fields read while cutting are counted here through getters: a
// bound that does not depend on the machine.
import { expect, test } from '@jest/globals'
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
