// The policy fixtures in __tests__/fixtures/policies and what each is
// (policies.expected.json): small documents written for the tests, so that a
// plain clone needs nothing outside the repository.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './run-action.js'

export const FIXTURES_DIR = path.join(REPO_ROOT, '__tests__', 'fixtures', 'policies')

export interface FixtureExpectation {
  file: string
  what: string
  kind: 'identity' | 'trust' | 'resource'
  json_valid: boolean
  /** Where the strict parser stops, words its message holds, and the mistake the tolerant parse steps over there (none: it does not). */
  syntax_error?: { line: number; column: number; says: string; mistake?: 'comment' | 'trailing-comma' | 'ellipsis' | 'extra-data' }
  /** Codes the linter must report. */
  codes: string[]
  /** Listed as having no error-severity finding. */
  no_error?: boolean
  /** Actions written in the file that no AWS service has. */
  unknown_actions?: string[]
  duplicate_key?: { key: string; first: [number, number]; repeated: [number, number] }
}

export const fixtures: FixtureExpectation[] = JSON.parse(readFileSync(path.join(REPO_ROOT, '__tests__', 'fixtures', 'policies.expected.json'), 'utf8'))

export const fixtureText = (file: string): string => readFileSync(path.join(FIXTURES_DIR, file), 'utf8')

/** Every fixture file's text, in name order. */
export const fixtureTexts = (): string[] =>
  readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map(fixtureText)

export const fixture = (file: string): FixtureExpectation => {
  const found = fixtures.find((f) => f.file === file)
  if (!found) throw new Error(`no fixture ${file}`)
  return found
}
