// Every RTC7xx/RTC8xx code is documented, and every documented example does
// what the page says: the failing one gives the code, the passing one not.
import { readFileSync } from 'node:fs'
import { checkTogether } from '../../src/core/together/check-together.js'
import { TOGETHER_CHECKS } from '../../src/core/together/checks.js'
import { documentsFor } from '../../src/core/generate/documents.js'
import { parseGenerateInputs, type GenerateInputs } from '../../src/core/generate/inputs.js'
import { normalisePolicy } from '../../src/core/iam/normalise.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'

// The part of docs/checks.md about these codes: from its heading to the next top-level one.
const DOCS = readFileSync(new URL('../../docs/checks.md', import.meta.url), 'utf8')
const PAGE = DOCS.slice(DOCS.indexOf('\n# Checks that the three documents work together'), DOCS.indexOf('\n# File checks'))

interface Example {
  file: string
  /** undefined: the file is absent. */
  value?: unknown
}

interface Section {
  code: string
  name: string
  inputs: GenerateInputs
  failing: Example
  passing: Example
}

function readInputs(line: string): GenerateInputs {
  const given = new Map(line.split(/,\s*/).map((pair) => pair.split('=') as [string, string]))
  // validate's reading: role chaining is a finding (RTC719), not an input error.
  const parsed = parseGenerateInputs((name) => given.get(name) ?? '', { roleChainingIsError: false })
  if (!parsed.ok) throw new Error(`docs example inputs rejected: ${parsed.error.input} ${parsed.error.problem}`)
  return parsed.value
}

function readExample(body: string, label: 'Failing' | 'Passing'): Example {
  const m = new RegExp(`^${label}: \`([\\w.-]+)\`( absent)?\\n(?:\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\`)?`, 'm').exec(body)
  if (!m) throw new Error(`no ${label} example`)
  const [, file, absent, json] = m
  if (absent) return { file }
  if (json === undefined) throw new Error(`${label} example for ${file} has no JSON block`)
  return { file, value: JSON.parse(json) }
}

const sections: Section[] = PAGE.split(/^## /m)
  .slice(1)
  .map((chunk) => {
    const [heading, ...rest] = chunk.split('\n')
    const body = rest.join('\n')
    const [code, name] = heading.trim().split(' ')
    const inputsLine = /^Inputs: (.+)$/m.exec(body)
    if (!inputsLine) throw new Error(`${code}: no Inputs line`)
    return { code, name, inputs: readInputs(inputsLine[1]), failing: readExample(body, 'Failing'), passing: readExample(body, 'Passing') }
  })

function filesWith(inputs: GenerateInputs, example: Example): LintedFile[] {
  const d = documentsFor(inputs)
  const generated: Array<[string, unknown]> = [
    ['user-policy.json', d.userPolicy],
    ['trust-policy.json', d.trustPolicy],
    ...d.rolePolicies.map((p) => [p.module.file, p.document] as [string, unknown])
  ]
  const out: LintedFile[] = []
  const add = (file: string, value: unknown, kind: PolicyKind) => {
    const policy = normalisePolicy(value)
    out.push({ file: `iam/${file}`, kind, findings: [], value, ...(policy ? { policy } : {}) })
  }
  for (const [file, generatedValue] of generated) {
    const value = file === example.file ? example.value : generatedValue
    if (value !== undefined) add(file, value, file === 'trust-policy.json' ? 'trust' : 'identity')
  }
  // A file generate does not make (an organisation's policy) is added, of the kind its name says.
  if (!generated.some(([file]) => file === example.file) && example.value !== undefined) {
    const kind: PolicyKind = example.file === 'scp.json' ? 'scp' : example.file === 'rcp.json' ? 'rcp' : example.file === 'boundary.json' ? 'boundary' : 'resource'
    add(example.file, example.value, kind)
  }
  return out
}

test('every code has exactly one section, named as in TOGETHER_CHECKS', () => {
  expect(sections.map((s) => `${s.code} ${s.name}`)).toEqual(TOGETHER_CHECKS.map((c) => `${c.code} ${c.name}`))
})

describe.each(sections)('$code $name', (s) => {
  test('the failing example gives the code', () => {
    const found = checkTogether(filesWith(s.inputs, s.failing), s.inputs)
    expect(found.map((f) => f.code)).toContain(s.code)
  })
  test('the passing example gives no finding at all', () => {
    expect(checkTogether(filesWith(s.inputs, s.passing), s.inputs)).toEqual([])
  })
})
