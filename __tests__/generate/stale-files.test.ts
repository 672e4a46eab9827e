// Which stale files of an output folder generate may remove: those an earlier run's manifest lists, unchanged.
import { describe, expect, test } from '@jest/globals'
import { filesOfEarlierRun, isUnchangedFromEarlierRun } from '../../src/core/generate/stale-files.js'
import { sha256Hex } from '../../src/core/hash.js'
import { ACTION_NAME } from '../../src/core/version.js'

const manifest = (name: string, files: unknown) => JSON.stringify({ generator: { name, version: '1.0.0' }, files })

describe('filesOfEarlierRun', () => {
  test("reads this action's manifest: name -> SHA-256", () => {
    const earlier = filesOfEarlierRun(manifest(ACTION_NAME, [{ name: 'kms-policy.json', sha256: sha256Hex('x'), bytes: 1 }]))
    expect([...earlier]).toEqual([['kms-policy.json', sha256Hex('x')]])
  })

  test.each([
    ['no manifest', undefined],
    ['not JSON', '{'],
    ["another tool's manifest", manifest('some-other-tool', [{ name: 'kms-policy.json', sha256: sha256Hex('x') }])],
    ['files not a list', manifest(ACTION_NAME, { name: 'kms-policy.json' })],
    ['entries of the wrong shape', manifest(ACTION_NAME, [['kms-policy.json'], { name: 1, sha256: 'a' }, null])]
  ])('%s: nothing is ours', (_label, text) => {
    expect(filesOfEarlierRun(text).size).toBe(0)
  })
})

test('isUnchangedFromEarlierRun: the listed name with the same content only', () => {
  const earlier = new Map([['kms-policy.json', sha256Hex('{"a":1}')]])
  expect(isUnchangedFromEarlierRun('kms-policy.json', '{"a":1}', earlier)).toBe(true)
  expect(isUnchangedFromEarlierRun('kms-policy.json', '{"a":2}', earlier)).toBe(false)
  expect(isUnchangedFromEarlierRun('trust-policy.json', '{"a":1}', earlier)).toBe(false)
})
