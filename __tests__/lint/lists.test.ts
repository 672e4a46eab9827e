// The list helpers the views are made with (src/core/lint/lists.ts) give what
// map and filter give; only the engine's view of the list differs.
import fc from 'fast-check'
import { emptyList, filterList, mapList } from '../../src/core/lint/lists.js'

test('emptyList is an empty, writable list, a new one each time', () => {
  const a = emptyList<string>()
  const b = emptyList<string>()
  expect(a).toEqual([])
  expect(a).not.toBe(b)
  a.push('x')
  expect(a).toEqual(['x'])
  expect(b).toEqual([])
})

test('mapList and filterList give what map and filter give', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (list) => {
      expect(mapList(list, (x) => `${x}!`)).toEqual(list.map((x) => `${x}!`))
      expect(filterList(list, (x) => typeof x === 'string')).toEqual(list.filter((x) => typeof x === 'string'))
    })
  )
})
