// docs/checks.md documents every finding code the action can report, once,
// under the name the code carries; the per-family tests (lint, together) run
// each section's examples.
import { readFileSync } from 'node:fs'
import { ALL_CHECKS } from '../src/core/checks.js'

const DOCS = readFileSync(new URL('../docs/checks.md', import.meta.url), 'utf8')
const sections = [...DOCS.matchAll(/^## (RTC\d{3}) ([a-z0-9-]+)$/gm)].map((m) => `${m[1]} ${m[2]}`)

test('every code in ALL_CHECKS has exactly one section, and every section a code', () => {
  expect([...sections].sort()).toEqual(ALL_CHECKS.map((c) => `${c.code} ${c.name}`).sort())
})

test('codes are unique across the linter, the together checks and the file checks', () => {
  const codes = ALL_CHECKS.map((c) => c.code)
  expect(new Set(codes).size).toBe(codes.length)
})
