import { spawnSync } from 'node:child_process'
import { deferTopTierCompiles, TURBOFAN_AFTER_CALLS } from '../src/top-tier-compiles.js'

describe('deferTopTierCompiles', () => {
  test('on V8 12 and later it raises the calls before TurboFan to TURBOFAN_AFTER_CALLS', () => {
    for (const version of ['12.4.254.21-node.57', '13.6.233.10-node.28']) {
      const set: string[] = []
      expect(deferTopTierCompiles(version, (flags) => set.push(flags))).toBe(true)
      expect(set).toEqual([`--invocation-count-for-turbofan=${TURBOFAN_AFTER_CALLS}`])
    }
  })

  test('on an older V8 (Node 20) it sets nothing', () => {
    for (const version of ['11.3.244.8-node.33', '', 'x']) {
      const set: string[] = []
      expect(deferTopTierCompiles(version, (flags) => set.push(flags))).toBe(false)
      expect(set).toEqual([])
    }
  })

  // An unknown flag does nothing but print an error on stderr: the one set for this Node's V8 must be known to it.
  test("in this Node, the flag it sets is one V8 knows", () => {
    const set: string[] = []
    const didSet = deferTopTierCompiles(process.versions.v8, (flags) => set.push(flags))
    expect(didSet).toBe(Number.parseInt(process.versions.v8, 10) >= 12)
    for (const flags of set) {
      const run = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString(process.argv[1])", '--', flags], { encoding: 'utf8' })
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
    }
    // The same call with a flag no V8 has does print there: the check above can fail.
    const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString(process.argv[1])", '--', '--no-such-v8-flag-rtc'], { encoding: 'utf8' })
    expect(unknown.stderr).toMatch(/unrecognized flag/)
  })
})
