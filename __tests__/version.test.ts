import { readFileSync } from 'node:fs'
import { ACTION_VERSION } from '../src/core/version.js'

test('the version written into manifest.json is package.json version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  expect(ACTION_VERSION).toBe(pkg.version)
})
