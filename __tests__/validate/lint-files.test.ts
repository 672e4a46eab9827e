import { lintPolicyText } from '../../src/core/lint/lint.js'
import fc from 'fast-check'
import type { Finding } from '../../src/core/lint/finding.js'
import type { LintedFile, PolicyKind } from '../../src/core/lint/lint.js'
import { decode, firstInvalidUtf8, lintFiles, sortFindings } from '../../src/core/validate/lint-files.js'
import { validateFiles } from '../../src/core/validate/validate.js'

const bytes = (s: string) => new TextEncoder().encode(s)
const f = (over: Partial<Finding>): Finding => ({ file: 'a.json', line: 1, column: 1, code: 'RTC100', severity: 'error', message: 'm', hint: 'h', ...over })

/** A stand-in linter: one finding per line that contains "bad". */
function fakeLint(file: string, text: string, kind?: PolicyKind): LintedFile {
  const findings = text
    .split('\n')
    .flatMap((line, i) => (line.includes('bad') ? [f({ file, line: i + 1, column: line.indexOf('bad') + 1, message: `bad in ${kind ?? 'auto'}` })] : []))
  return { file, kind: kind ?? 'identity', findings }
}

test('lints each file with its kind and collects every finding, sorted', () => {
  const out = lintFiles(
    [
      { path: 'z.json', bytes: bytes('bad\nok\n  bad') },
      { path: 'a.json', bytes: bytes('ok\nbad'), kind: 'trust' }
    ],
    fakeLint
  )
  expect(out.files.map((x) => [x.file, x.kind])).toEqual([
    ['z.json', 'identity'],
    ['a.json', 'trust']
  ])
  expect(out.findings.map((x) => `${x.file}:${x.line}:${x.column} ${x.message}`)).toEqual([
    'a.json:2:1 bad in trust',
    'z.json:1:1 bad in auto',
    'z.json:3:3 bad in auto'
  ])
  expect(out.failures).toEqual([])
})

test('a linter that throws on one file gives an RTC902 finding there and the others are still linted', () => {
  const boom = (file: string, text: string, kind?: PolicyKind) => {
    if (file === 'crash.json') throw new Error('unexpected node\nat somewhere')
    return fakeLint(file, text, kind)
  }
  const out = lintFiles(
    [
      { path: 'crash.json', bytes: bytes('{}') },
      { path: 'b.json', bytes: bytes('bad') }
    ],
    boom
  )
  expect(out.findings).toEqual([
    f({ file: 'b.json', message: 'bad in auto' }),
    expect.objectContaining({ file: 'crash.json', line: 1, column: 1, code: 'RTC902', severity: 'error', message: 'The validator failed on this file and did not check it: unexpected node' })
  ])
  expect(out.failures).toEqual([{ file: 'crash.json', error: expect.any(Error) }])
  expect(out.files.map((x) => x.file)).toEqual(['b.json'])
})

test('a file that is not UTF-8 gets RTC901 at the bad byte and is still linted', () => {
  const latin1 = Uint8Array.from([...bytes('{\n  "Sid": "caf'), 0xe9, ...bytes('"\n}\nbad')])
  const out = lintFiles([{ path: 'l.json', bytes: latin1 }], fakeLint)
  expect(out.findings.map((x) => [x.code, x.line, x.column])).toEqual([
    ['RTC901', 2, 14],
    ['RTC100', 4, 1]
  ])
  expect(out.findings[0].message).toBe('The file is not UTF-8: byte 0xe9 at offset 15 does not start or continue a UTF-8 character.')
})

test('a UTF-16 file with its byte order mark is read as its text: one RTC901, then the policy\'s own findings', () => {
  const policy = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]\n}\n'
  const little = Uint8Array.from([0xff, 0xfe, ...Buffer.from(policy, 'utf16le')])
  const big = Uint8Array.from([0xfe, 0xff, ...Buffer.from(policy, 'utf16le').swap16()])
  for (const [bytesOf, order] of [[little, 'little-endian'], [big, 'big-endian']] as const) {
    expect(decode({ path: 'w.json', bytes: bytesOf }).text).toBe(policy)
    const out = lintFiles([{ path: 'w.json', bytes: bytesOf }], lintPolicyText)
    expect(out.findings.map((x) => [x.code, x.line])).toEqual([
      ['RTC901', 1],
      ['RTC203', 3]
    ])
    expect(out.findings[0].message).toBe(`The file is UTF-16 (${order}, with a byte order mark), not UTF-8; it was checked as the text it holds.`)
  }
})

test('a BOM is kept for the linter to judge', () => {
  expect(decode({ path: 'x', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]) })).toEqual({ text: '\ufeff{}' })
})

test('firstInvalidUtf8 agrees with a strict decoder on any bytes', () => {
  const strict = new TextDecoder('utf-8', { fatal: true })
  const valid = (b: Uint8Array) => {
    try {
      strict.decode(b)
      return true
    } catch {
      return false
    }
  }
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary' }).map(bytes)), (b) => {
      const at = firstInvalidUtf8(b)
      expect(at === b.length).toBe(valid(b))
      // Everything before the reported byte is well-formed.
      expect(valid(b.subarray(0, at))).toBe(true)
    }),
    { numRuns: 2000 }
  )
  // Overlong, surrogate and past-U+10FFFF forms.
  expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1)
  expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0)
  expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0)
  expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0)
})

test('sortFindings orders by file, line, column, severity, code and drops exact repeats', () => {
  const sorted = sortFindings([
    f({ file: 'b', line: 1 }),
    f({ file: 'a', line: 2, column: 5 }),
    f({ file: 'a', line: 2, column: 5, severity: 'warning', code: 'RTC001' }),
    f({ file: 'a', line: 2, column: 5, code: 'RTC050' }),
    f({ file: 'a', line: 2, column: 1 }),
    f({ file: 'b', line: 1 })
  ])
  expect(sorted.map((x) => `${x.file}:${x.line}:${x.column}:${x.severity}:${x.code}`)).toEqual([
    'a:2:1:error:RTC100',
    'a:2:5:error:RTC050',
    'a:2:5:error:RTC100',
    'a:2:5:warning:RTC001',
    'b:1:1:error:RTC100'
  ])
})

test('sortFindings gives one stable sort of the whole list, exact repeats dropped, whether the files come in order or not', () => {
  const RANK = { error: 0, warning: 1, notice: 2 }
  const order = (a: Finding, b: Finding) => {
    const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
    return text(a.file, b.file) || a.line - b.line || a.column - b.column || RANK[a.severity] - RANK[b.severity] || text(a.code, b.code) || text(a.message, b.message)
  }
  const same = (a: Finding, b: Finding) => a.file === b.file && a.line === b.line && a.column === b.column && a.code === b.code && a.message === b.message
  const finding = fc.record({
    file: fc.constantFrom('a.json', 'b.json', 'b.json/c', 'B.json', 'é.json'),
    line: fc.integer({ min: 1, max: 3 }),
    column: fc.integer({ min: 1, max: 2 }),
    code: fc.constantFrom('RTC100', 'RTC050'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'notice' as const),
    message: fc.constantFrom('m', 'n'),
    hint: fc.constantFrom('h', 'i')
  })
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 30 }), fc.boolean(), (list, byFile) => {
      // As the linter hands them over (file by file, files in order), or in any order.
      const input = byFile ? [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) : list
      const expected = [...input].sort(order).filter((x, i, all) => i === 0 || !same(all[i - 1], x))
      expect(sortFindings(input)).toEqual(expected)
      // Every finding kept is one of the input's objects, not a copy.
      for (const x of sortFindings(input)) expect(input).toContain(x)
    }),
    { numRuns: 500 }
  )
})

test('validateFiles adds the together findings when inputs are given, and records a crash of that check', () => {
  const inputs = { partition: 'aws', accountId: '123456789012', roleName: 'r', rolePath: '/', userName: 'u', userPath: '/', userAccountId: '123456789012', trustPrincipal: 'user', kms: false } as const
  const seen: string[] = []
  const together = (files: LintedFile[]) => {
    seen.push(...files.map((x) => x.file))
    return [f({ file: 'trust.json', code: 'RTC700', severity: 'warning', message: 'does not name the user' })]
  }
  const files = [
    { path: 'user.json', bytes: bytes('bad') },
    { path: 'trust.json', bytes: bytes('ok') }
  ]
  const withInputs = validateFiles(files, { inputs, check: together }, fakeLint)
  expect(seen).toEqual(['user.json', 'trust.json'])
  expect(withInputs.findings.map((x) => x.code)).toEqual(['RTC700', 'RTC100'])
  expect(withInputs.counts).toEqual({ error: 1, warning: 1, notice: 0 })

  const without = validateFiles(files, undefined, fakeLint)
  expect(without.findings.map((x) => x.code)).toEqual(['RTC100'])

  const crashed = validateFiles(
    files,
    {
      inputs,
      check: () => {
        throw new Error('evaluator bug')
      }
    },
    fakeLint
  )
  expect(crashed.failures).toEqual([{ file: '', error: new Error('evaluator bug') }])
  expect(crashed.findings.map((x) => x.code)).toEqual(['RTC100'])
})

test('files are read one at a time from a generator and their documents released unless asked to keep them', () => {
  const read: string[] = []
  function* files() {
    for (const name of ['a.json', 'b.json', 'c.json']) {
      read.push(name)
      yield { path: name, bytes: bytes('bad') }
    }
  }
  const linted: string[] = []
  const lint = (file: string, text: string) => {
    // Each file is linted before the next one is read.
    linted.push(file)
    expect(read).toEqual(linted)
    return { ...fakeLint(file, text), root: { kind: 'null' } as never, value: null }
  }
  const released = lintFiles(files(), lint)
  expect(released.files).toEqual([
    { file: 'a.json', kind: 'identity' },
    { file: 'b.json', kind: 'identity' },
    { file: 'c.json', kind: 'identity' }
  ])
  expect(released.documents).toEqual([])
  expect(released.findings.map((x) => x.file)).toEqual(['a.json', 'b.json', 'c.json'])
  read.length = 0
  linted.length = 0
  const kept = lintFiles(files(), lint, { keepDocuments: true })
  expect(kept.documents.map((d) => [d.file, d.value])).toEqual([
    ['a.json', null],
    ['b.json', null],
    ['c.json', null]
  ])
})

test('validateFiles keeps the documents only for the together check', () => {
  const seen: number[] = []
  const together = (docs: LintedFile[]) => {
    seen.push(docs.length)
    return []
  }
  const inputs = [{ path: 'a.json', bytes: bytes('{}') }]
  const inputsFor = { partition: 'aws', accountId: '111111111111', roleName: 'r', rolePath: '/', userName: 'u', userPath: '/', userAccountId: '111111111111', trustPrincipal: 'user', kms: false } as const
  validateFiles(inputs, { inputs: inputsFor, check: together }, fakeLint)
  validateFiles(inputs, undefined, fakeLint)
  expect(seen).toEqual([1])
})
