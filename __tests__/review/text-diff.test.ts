import fc from 'fast-check'
import { diffLines, splitLines, unifiedDiff } from '../../src/core/diff/text-diff.js'

/** Length of the longest common subsequence, by the textbook table. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diag = 0
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1])
      diag = up
    }
  }
  return row[b.length]
}

const lines = fc.array(fc.constantFrom('{', '}', '"a": 1,', '"b": 2,', '"Action": "s3:*"', ''), { maxLength: 30 })

describe('diffLines', () => {
  it('turns a into b and keeps a longest common subsequence', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const edits = diffLines(a, b)
        expect(edits.filter((e) => e.op !== '+').map((e) => e.line)).toEqual(a)
        expect(edits.filter((e) => e.op !== '-').map((e) => e.line)).toEqual(b)
        expect(edits.filter((e) => e.op === ' ').length).toBe(lcsLength(a, b))
      }),
      { numRuns: 300 }
    )
  })
})

describe('unifiedDiff', () => {
  it('is empty for texts with the same lines', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb')).toBe('')
  })

  it('prints hunks with line numbers like diff -u', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n')
    const after = ['1', '2', '3', '4', 'five', '6', '7', '8', '9', '10', '11', '12', '13'].join('\n')
    expect(unifiedDiff(before, after)).toBe(
      ['@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', '@@ -10,3 +10,4 @@', ' 10', ' 11', ' 12', '+13', ''].join('\n')
    )
  })

  it('shows an added file from line 0 of nothing', () => {
    expect(unifiedDiff('', '{\n}\n')).toBe('@@ -0,0 +1,2 @@\n+{\n+}\n')
    expect(splitLines('a\r\nb')).toEqual(['a', 'b'])
  })
})
