import { describe, expect, test } from '@jest/globals'
import { jsonListWithin } from '../../src/report/json-list-output.js'

describe('jsonListWithin', () => {
  const items = Array.from({ length: 50 }, (_, i) => ({ path: `iam/é${'x'.repeat(i)}.json`, status: 'added' }))

  test('the array itself while it fits, byte for byte what JSON.stringify gives', () => {
    expect(jsonListWithin(items, { count: 50, files: [] }, 1_000_000)).toBe(JSON.stringify(items))
    expect(jsonListWithin([], { count: 0, files: [] }, 2)).toBe('[]')
  })

  test('past the budget (UTF-8 bytes), the cut object with the first items that fit', () => {
    for (const budget of [40, 200, 1000, 2000]) {
      const text = jsonListWithin(items, { count: 50, files: [] }, budget)
      expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(budget)
      const cut = JSON.parse(text)
      expect(cut.count).toBe(50)
      expect(cut.files).toEqual(items.slice(0, cut.files.length))
      // One more item would not have fitted.
      const more = JSON.stringify({ count: 50, files: items.slice(0, cut.files.length + 1) })
      expect(Buffer.byteLength(more, 'utf8')).toBeGreaterThan(budget)
    }
  })

  test('a cut object whose last member is not an empty array is a bug, not an output', () => {
    expect(() => jsonListWithin(items, { files: [], count: 50 }, 100)).toThrow(/must end with an empty array/)
  })
})
