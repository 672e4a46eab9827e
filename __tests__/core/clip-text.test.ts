import { describe, expect, test } from '@jest/globals'
import { clipText } from '../../src/core/clip-text.js'

describe('clipText', () => {
  test('a text that fits is returned as it is', () => {
    expect(clipText('', 0)).toBe('')
    expect(clipText('abc', 3)).toBe('abc')
  })

  test('a longer text keeps its first `limit` characters and says how many more there were', () => {
    expect(clipText('abcdef', 4)).toBe('abcd… [2 more characters]')
    expect(clipText('x'.repeat(12_345), 10)).toBe(`${'x'.repeat(10)}… [12,335 more characters]`)
  })

  test('never splits a surrogate pair', () => {
    const text = `ab${'😀'.repeat(3)}`
    const clipped = clipText(text, 3)
    expect(clipped).toBe('ab… [6 more characters]')
    expect(Buffer.from(clipped, 'utf8').toString('utf8')).toBe(clipped) // no lone surrogate (UTF-8 would replace it)
  })
})
