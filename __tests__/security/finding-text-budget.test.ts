// A run's findings hold a bounded amount of text, whatever the files quote.
// A message quotes the values it is about: a 1 MiB file whose one action is
// `<half a MiB>:<half a MiB>` got an RTC202 of 3 MiB (the prefix, the whole
// action, the hint), and 200 such files (nothing once git compresses them)
// took validate's heap to 772 MiB (1.5 GB resident); a few hundred more ran
// it out of memory. Counted here (characters kept), not measured.
import { describe, expect, test } from '@jest/globals'
import type { Finding } from '../../src/core/lint/finding.js'
import { lintPolicyText, type PolicyKind } from '../../src/core/lint/lint.js'
import { CLIPPED_FINDING_TEXT, MAX_FINDING_TEXT_PER_RUN, MAX_FINDINGS_PER_RUN } from '../../src/core/validate/findings-per-file.js'
import { lintFiles } from '../../src/core/validate/lint-files.js'

const textOf = (findings: readonly Finding[]) => findings.reduce((sum, f) => sum + f.message.length + f.hint.length, 0)
/** What clipText adds after the text it keeps ("… [1,234,567 more characters]"), at most. */
const NOTE = 40

test('the threat: one finding quotes a long action three times over', () => {
  const half = 'q'.repeat(50_000)
  const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `${half}:${half}`, Resource: 'arn:aws:s3:::b/k' }] })
  const rtc202 = lintPolicyText('p.json', text).findings.filter((f) => f.code === 'RTC202')
  expect(rtc202).toHaveLength(1)
  expect(textOf(rtc202)).toBeGreaterThan(1.4 * text.length)
})

describe('past MAX_FINDING_TEXT_PER_RUN characters, messages and hints are clipped', () => {
  // One finding a file whose message is 4 Mi characters (one string, shared: the test itself holds little).
  const long = 'm'.repeat(4 * 1024 * 1024)
  const files = Math.ceil((1.5 * MAX_FINDING_TEXT_PER_RUN) / long.length)
  const lint = (file: string, _text: string, kind?: PolicyKind) => ({
    file,
    kind: kind ?? ('identity' as const),
    findings: [{ file, line: 1, column: 1, code: 'RTC202', severity: 'error' as const, message: long, hint: 'h'.repeat(1000) }]
  })
  const inputs = () => Array.from({ length: files }, (_, i) => ({ path: `f${String(i).padStart(3, '0')}.json`, text: '{}' }))

  test.each([
    ['released documents', false],
    ['kept documents (the "work together" check)', true]
  ])('%s: the text kept is within the budget plus the clipped findings; every file keeps its finding', (_name, keepDocuments) => {
    const out = lintFiles(inputs(), lint, { keepDocuments })
    expect(out.findings).toHaveLength(files)
    expect(textOf(out.findings)).toBeLessThanOrEqual(MAX_FINDING_TEXT_PER_RUN + files * 2 * (CLIPPED_FINDING_TEXT + NOTE))
    const whole = out.findings.filter((f) => f.message === long)
    const clipped = out.findings.filter((f) => f.message !== long)
    // The first files, within the budget, are whole; the others say how much was left out.
    expect(whole.length).toBe(Math.floor(MAX_FINDING_TEXT_PER_RUN / (long.length + 1000)))
    expect(out.findings.slice(0, whole.length)).toEqual(whole)
    for (const f of clipped) {
      expect(f.message).toBe(`${'m'.repeat(CLIPPED_FINDING_TEXT)}… [${(long.length - CLIPPED_FINDING_TEXT).toLocaleString('en-US')} more characters]`)
      expect(f.hint).toBe(`${'h'.repeat(CLIPPED_FINDING_TEXT)}… [800 more characters]`)
    }
    // The documents hold the very findings listed (the settled findings are told by identity).
    if (keepDocuments) expect(out.documents.flatMap((d) => d.findings)).toEqual(out.findings)
    if (keepDocuments) for (let i = 0; i < files; i++) expect(out.documents[i].findings[0]).toBe(out.findings[i])
  })

  test('ordinary findings are never clipped, and the bound of a whole run is a few hundred million characters', () => {
    const out = lintFiles(inputs().slice(0, 3), (file) => ({ file, kind: 'identity', findings: [{ file, line: 1, column: 1, code: 'RTC100', severity: 'notice', message: 'x'.repeat(900), hint: 'y'.repeat(300) }] }))
    expect(out.findings.map((f) => f.message.length + f.hint.length)).toEqual([1200, 1200, 1200])
    expect(MAX_FINDING_TEXT_PER_RUN + MAX_FINDINGS_PER_RUN * 2 * (CLIPPED_FINDING_TEXT + NOTE)).toBeLessThan(350_000_000)
  })
})
