// docs/checks.md is the catalogue of finding codes with a failing and a
// passing example for each. This test reads it and holds it to the linter:
// every code in CHECKS has a section and every section a code; each failing
// example produces its code, each passing example does not (and has no error
// at all, so the "fixed" version really is fixed).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CHECKS } from '../../src/core/lint/checks.js'
import { lintPolicyText, POLICY_KINDS, type PolicyKind } from '../../src/core/lint/lint.js'

const DOC = fileURLToPath(new URL('../../docs/checks.md', import.meta.url))

interface Example {
  json: string
  kind?: PolicyKind
}
interface Section {
  code: string
  name: string
  severity?: string
  failing?: Example
  passing?: Example
}

/** The sections of the doc whose heading is `## RTCnnn name`, with their examples. */
function readSections(markdown: string): Section[] {
  const sections: Section[] = []
  const parts = markdown.split(/^## /m).slice(1)
  for (const part of parts) {
    const heading = /^(RTC\d{3}) (\S+)\s*$/m.exec(part.split('\n')[0])
    if (!heading) continue
    const section: Section = { code: heading[1], name: heading[2] }
    section.severity = /\*\*Severity:\*\* (\w+)/.exec(part)?.[1]
    const example = (label: string): Example | undefined => {
      const m = new RegExp(`\\*\\*${label} example\\*\\*([^\\n]*):\\s*\\n+\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(part)
      if (!m) return undefined
      const kind = /checked as an? (\w+) policy/.exec(m[1])?.[1] as PolicyKind | undefined
      if (kind && !POLICY_KINDS.includes(kind)) throw new Error(`unknown kind ${kind} in ${section.code}`)
      return { json: m[2], kind }
    }
    section.failing = example('Failing')
    section.passing = example('Passing')
    sections.push(section)
  }
  return sections
}

const sections = readSections(readFileSync(DOC, 'utf8'))
const ownSections = sections.filter((s) => CHECKS.some((c) => c.code === s.code) || /^RTC[0-6]/.test(s.code))

describe('docs/checks.md and CHECKS', () => {
  test('every code in CHECKS has exactly one section, with its name and severity', () => {
    for (const c of CHECKS) {
      const found = sections.filter((s) => s.code === c.code)
      expect(found.map((s) => `${s.code} ${s.name} ${s.severity}`)).toEqual([`${c.code} ${c.name} ${c.severity}`])
    }
  })

  test('every linter section (RTC0xx-RTC6xx) is a code in CHECKS', () => {
    const known = new Set(CHECKS.map((c) => c.code))
    expect(ownSections.map((s) => s.code).filter((code) => !known.has(code))).toEqual([])
  })

  test('codes and names are unique and well formed', () => {
    expect(new Set(CHECKS.map((c) => c.code)).size).toBe(CHECKS.length)
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length)
    for (const c of CHECKS) {
      expect(c.code).toMatch(/^RTC[0-6]\d\d$/)
      expect(c.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(c.title.length).toBeGreaterThan(10)
      expect(c.help.length).toBeGreaterThan(20)
    }
  })
})

describe.each(CHECKS.map((c) => [c.code, c.name] as const))('%s %s', (code) => {
  const section = sections.find((s) => s.code === code)

  test('the failing example produces the code', () => {
    expect(section?.failing).toBeDefined()
    const { json, kind } = section!.failing!
    const result = lintPolicyText('example.json', json, kind)
    expect(result.findings.map((f) => f.code)).toContain(code)
    const finding = result.findings.find((f) => f.code === code)!
    // A finding points inside the document and says something.
    const lines = json.split('\n')
    expect(finding.line).toBeGreaterThanOrEqual(1)
    expect(finding.line).toBeLessThanOrEqual(lines.length)
    expect(finding.column).toBeGreaterThanOrEqual(1)
    expect(finding.message.length).toBeGreaterThan(10)
    expect(finding.message).not.toContain('\n')
    expect(finding.hint.length).toBeGreaterThan(5)
    expect(finding.hint).not.toContain('\n')
  })

  test('the passing example does not produce it, nor any error', () => {
    expect(section?.passing).toBeDefined()
    const { json, kind } = section!.passing!
    expect(() => JSON.parse(json)).not.toThrow()
    const result = lintPolicyText('example.json', json, kind)
    expect(result.findings.map((f) => f.code)).not.toContain(code)
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
