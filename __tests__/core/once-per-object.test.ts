import { describe, expect, test } from '@jest/globals'
import { oncePerObject } from '../../src/core/once-per-object.js'

describe('oncePerObject', () => {
  test('works the answer out once per object, however often it is asked', () => {
    const asked: object[] = []
    const sizeOf = oncePerObject((list: readonly number[]) => {
      asked.push(list)
      return list.length
    })
    const a = [1, 2, 3]
    const b = [4]
    expect([sizeOf(a), sizeOf(a), sizeOf(b), sizeOf(a), sizeOf(b)]).toEqual([3, 3, 1, 3, 1])
    expect(asked).toEqual([a, b])
  })

  test('an answer of undefined is kept too, not worked out again', () => {
    let computed = 0
    const nothing = oncePerObject((_: object): string | undefined => {
      computed++
      return undefined
    })
    const key = {}
    expect(nothing(key)).toBeUndefined()
    expect(nothing(key)).toBeUndefined()
    expect(computed).toBe(1)
  })

  test('equal objects are separate keys: the answer belongs to the object, not to its contents', () => {
    let computed = 0
    const count = oncePerObject((_: { n: number }) => ++computed)
    expect(count({ n: 1 })).toBe(1)
    expect(count({ n: 1 })).toBe(2)
  })
})
