// What the SARIF log says, property by property: what upload-sarif and code
// scanning read. That the log follows SARIF 2.1.0's JSON schema is checked in
// sarif-schema.test.ts.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CheckInfo } from '../../src/core/checks.js'
import { ALL_CHECKS } from '../../src/core/checks.js'
import type { Finding } from '../../src/core/lint/finding.js'
import { ACTION_NAME, ACTION_VERSION } from '../../src/core/version.js'
import fc from 'fast-check'
import {
  CODE_SCANNING_MAX_RESULTS,
  codeScanningLimitNote,
  JSON_TEXTS_KEPT,
  JsonTexts,
  messageWithHintJson,
  sarifEnvelopeFor,
  sarifPlainText,
  sarifLogFor,
  sarifResultTexts,
  sarifUri,
  writeSarif
} from '../../src/report/sarif.js'
import { tempDir } from '../support/temp-dirs.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import { sha256Hex } from '../../src/core/hash.js'

const CHECKS: CheckInfo[] = [
  { code: 'RTC101', severity: 'error', name: 'json-syntax', title: 'The file is not valid JSON', help: 'Fix the `JSON` at the [line](https://example.com).' },
  { code: 'RTC502', severity: 'notice', name: 'account-root-principal', title: 'Account root principal', help: 'It delegates to the **whole** account.' }
]
const f = (over: Partial<Finding>): Finding => ({ file: 'iam/a.json', line: 3, column: 7, code: 'RTC101', severity: 'error', message: 'Unexpected ]', hint: 'Remove the comma', ...over })

test('one run; tool.driver with name, version, informationUri and one rule per code', () => {
  const log = sarifLogFor([], CHECKS)
  expect(log.version).toBe('2.1.0')
  expect(log.$schema).toMatch(/sarif-2\.1\.0/)
  expect(log.runs).toHaveLength(1)
  const driver = log.runs[0].tool.driver
  expect(driver).toMatchObject({ name: ACTION_NAME, version: ACTION_VERSION, informationUri: expect.stringMatching(/^https:\/\//) })
  expect(driver.rules).toEqual([
    {
      id: 'RTC101',
      name: 'JsonSyntax',
      shortDescription: { text: 'The file is not valid JSON' },
      fullDescription: { text: 'Fix the JSON at the line.' },
      help: { text: 'Fix the JSON at the line.', markdown: '**RTC101 The file is not valid JSON**\n\nFix the `JSON` at the [line](https://example.com).' },
      helpUri: expect.stringMatching(/docs\/checks\.md#rtc101$/),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['iam', 'policy', 'correctness'], precision: 'very-high' }
    },
    expect.objectContaining({ id: 'RTC502', defaultConfiguration: { level: 'note' }, help: expect.objectContaining({ text: 'It delegates to the whole account.' }) })
  ])
  expect(log.runs[0].results).toEqual([])
})

test('the run declares every line end the regions count: a file with lone-CR line ends has its findings on their lines for a reader of the log', () => {
  const log = sarifLogFor([], CHECKS)
  expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
  const sequences = log.runs[0].newlineSequences
  // SARIF's default, when the run says nothing, is CRLF and LF only.
  expect(sequences).toEqual(expect.arrayContaining(['\r\n', '\n', '\r']))
  for (const nl of ['\r', '\r\n', '\n']) {
    const text = `{${nl}  "Version": "2012-10-17",${nl}  "Statement": {"Effect": "Allow",${nl}\t"Action": "s3:GetObjekt", "Resource": "*"}${nl}}`
    const [result] = sarifLogFor(lintPolicyText('p.json', text).findings.filter((x) => x.code === 'RTC203'), ALL_CHECKS).runs[0].results
    const region = result.locations[0].physicalLocation.region
    // Lines as a SARIF reader splits them on the sequences the run declares (asserted above).
    const line = text.split(/\r\n|\n|\r/)[region.startLine - 1]
    expect(line.slice(region.startColumn - 1, region.endColumn! - 1)).toBe('"s3:GetObjekt"')
  }
})

test('results carry ruleId, ruleIndex, level, message and a %SRCROOT%-relative location', () => {
  const log = sarifLogFor(
    [f({}), f({ code: 'RTC502', severity: 'notice', file: 'iam/my roles/t#1.json', line: 9, column: 2, endLine: 9, endColumn: 20, message: 'Root', hint: '' })],
    CHECKS
  )
  const [a, b] = log.runs[0].results
  expect(a).toEqual({
    ruleId: 'RTC101',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'Unexpected \\] Hint: Remove the comma' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'iam/a.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 7 } } }],
    partialFingerprints: { 'rtcFinding/v1': expect.stringMatching(/^[0-9a-f]{32}:1$/) }
  })
  expect(b).toMatchObject({
    ruleId: 'RTC502',
    ruleIndex: 1,
    level: 'note',
    message: { text: 'Root' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'iam/my%20roles/t%231.json' }, region: { startLine: 9, startColumn: 2, endLine: 9, endColumn: 20 } } }]
  })
})

test('a finding whose code is not in the catalogue gets a rule of its own; ruleIndex always points at its rule', () => {
  const log = sarifLogFor([f({ code: 'RTC999', severity: 'warning' }), f({ code: 'RTC502', severity: 'notice' }), f({ code: 'RTC999', line: 4, severity: 'warning' })], CHECKS)
  const { rules } = log.runs[0].tool.driver
  expect(rules.map((r) => r.id)).toEqual(['RTC101', 'RTC502', 'RTC999'])
  expect(rules[2].defaultConfiguration.level).toBe('warning')
  for (const r of log.runs[0].results) expect(rules[r.ruleIndex].id).toBe(r.ruleId)
})

test('identical findings in one file get distinct fingerprints; regions never end before they start', () => {
  const log = sarifLogFor([f({ line: 1 }), f({ line: 2 }), f({ line: 5, endLine: 5, endColumn: 3 })], CHECKS)
  const prints = log.runs[0].results.map((r) => r.partialFingerprints['rtcFinding/v1'])
  expect(new Set(prints).size).toBe(3)
  expect(log.runs[0].results[2].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 7 })
})

test('by default every check in ALL_CHECKS is a rule, with unique ids', () => {
  const ids = sarifLogFor([]).runs[0].tool.driver.rules.map((r) => r.id)
  expect(ids).toEqual(ALL_CHECKS.map((c) => c.code))
  expect(new Set(ids).size).toBe(ids.length)
})

test('sarifUri encodes each segment and keeps the slashes', () => {
  expect(sarifUri('a b/c%d/é.json')).toBe('a%20b/c%25d/%C3%A9.json')
})

test('writeSarif creates folders and writes JSON that parses back to the log', async () => {
  const dir = tempDir('rtc-sarif-')
  const log = sarifLogFor([f({})], CHECKS)
  try {
    const file = await writeSarif(path.join(dir, 'deep', 'er', 'r.sarif'), log)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(log)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('writeSarif streams results made one at a time: the same log as sarifLogFor, with no results too', async () => {
  const dir = tempDir('rtc-sarif-')
  try {
    // 2,500 findings cross the writer's slices of 1,000; repeats get their occurrence number.
    const findings = Array.from({ length: 2500 }, (_, i) => f({ file: `iam/p${i % 1200}.json`, line: 1 + (i % 3), code: i % 5 ? 'RTC101' : 'RTC777' }))
    for (const list of [findings, []]) {
      const envelope = sarifEnvelopeFor(list, CHECKS)
      const file = await writeSarif(path.join(dir, `r${list.length}.sarif`), envelope, sarifResultTexts(list, envelope.runs[0].tool.driver.rules))
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sarifLogFor(list, CHECKS))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a report that cannot be written whole leaves none at its path: no half-written log, no earlier one', async () => {
  // It was written in place (O_TRUNC) as it was made: a failure part-way (a full disk) left a cut log, which the
  // README's `if: always() && hashFiles(...)` step hands to upload-sarif as this run's.
  const dir = tempDir('rtc-sarif-')
  try {
    const file = path.join(dir, 'r.sarif')
    const envelope = sarifEnvelopeFor([], CHECKS)
    // More than the writer's 1 MiB buffer, so that some of it is on disk when the failure comes.
    function* failing(): Generator<string> {
      for (let i = 0; i < 40; i++) yield JSON.stringify({ ruleId: 'RTC101', message: { text: 'x'.repeat(64 * 1024) } })
      throw new Error('ENOSPC: no space left on device, write')
    }
    for (const earlier of [undefined, '{"an earlier run": true}']) {
      if (earlier !== undefined) writeFileSync(file, earlier)
      await expect(writeSarif(file, envelope, failing())).rejects.toThrow('ENOSPC')
      expect(existsSync(file)).toBe(false)
      expect(readdirSync(dir)).toEqual([])
    }
    // And whole when it can be: the same path, then over an earlier log.
    for (let i = 0; i < 2; i++) {
      await writeSarif(file, envelope)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(envelope)
      expect(readdirSync(dir)).toEqual(['r.sarif'])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('fingerprints keep the values of earlier versions: code scanning tracks its alerts across runs by them', () => {
  // SHA-256 of JSON.stringify([code, file, message]), its first 32 hex digits, and the occurrence in the file.
  const log = sarifLogFor(
    [
      f({}),
      f({ file: 'iam/my roles/t#1.json', line: 9, column: 2, endLine: 9, endColumn: 20, code: 'RTC502', severity: 'notice', message: 'Quote " back\\slash \u2028 é 😀 \ud800 \u0007', hint: '' })
    ],
    CHECKS
  )
  expect(log.runs[0].results.map((r) => r.partialFingerprints['rtcFinding/v1'])).toEqual(['b931e29b74fd24eaf16fd87029629878:1', '6c77259ad070d403d0bb445c014c691f:1'])
})

test('each result text is the JSON of its result, whatever characters the message, hint and path hold', () => {
  const odd = ['plain', 'quote " and back\\slash', 'line\nbreak\ttab \u0000 \u001f \u007f', '\u2028\u2029 é 😀', 'lone \ud800', 'low \udc00 first', 'ends high \ud83d']
  const findings = odd.flatMap((message, i) =>
    odd.map((hint, j) => f({ file: `iam/${odd[(i + j) % 4]}/p.json`, message, hint: j === 0 ? '' : hint, line: i + 1, column: j + 1, endLine: i + 1, endColumn: j + 3 }))
  )
  const { rules } = sarifEnvelopeFor(findings, CHECKS).runs[0].tool.driver
  const texts = [...sarifResultTexts(findings, rules)]
  expect(texts).toHaveLength(findings.length)
  for (const [k, text] of texts.entries()) {
    const result = JSON.parse(text)
    expect(JSON.stringify(result)).toBe(text)
    const finding = findings[k]
    expect(fromSarifPlainText(result.message.text)).toBe(finding.hint ? `${finding.message} Hint: ${finding.hint}` : finding.message)
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(sarifUri(finding.file))
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn })
  }
})

test('occurrences count per file the same whether the findings come sorted by file or not', () => {
  const findings = [f({ file: 'b.json' }), f({ file: 'a.json' }), f({ file: 'b.json', line: 9 }), f({ file: 'a.json', line: 2 })]
  const prints = (list: Finding[]) => new Map(sarifLogFor(list, CHECKS).runs[0].results.map((r, i) => [`${list[i].file}:${list[i].line}`, r.partialFingerprints['rtcFinding/v1']]))
  const sorted = [findings[1], findings[3], findings[0], findings[2]]
  expect(prints(findings)).toEqual(prints(sorted))
  expect([...prints(sorted).values()].map((p) => p.split(':')[1])).toEqual(['1', '2', '1', '2'])
})

// Lone and paired surrogates at either edge, the characters JSON.stringify escapes, and any code unit.
const edgy = fc.string({
  unit: fc.oneof(fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '"', '\\', '\n', '\u0000', '\u001f', '\u2028', 'é', ' ', 'a'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 8
})

test('the message-and-hint text joined from the JSON of each part is the JSON of the joined text, on any strings', () => {
  fc.assert(
    fc.property(edgy, edgy, (message, hint) => {
      expect(messageWithHintJson(JSON.stringify(message), JSON.stringify(hint))).toBe(JSON.stringify(`${message} Hint: ${hint}`))
    }),
    { numRuns: 5000 }
  )
})

test('JsonTexts gives JSON.stringify of each text, met once or again, and keeps no more than JSON_TEXTS_KEPT of them', () => {
  const json = new JsonTexts()
  // More distinct texts than it keeps, each asked for twice (the second time from what it keeps, or made again after a restart).
  const texts = Array.from({ length: 2 * JSON_TEXTS_KEPT + 5 }, (_, i) => `message ${i} with a "quote" and \ud800`)
  const wrong: string[] = []
  let most = 0
  for (const round of [1, 2]) {
    for (const text of texts) {
      if (json.of(text) !== JSON.stringify(text)) wrong.push(text)
      most = Math.max(most, json.size)
    }
  }
  expect(wrong).toEqual([])
  expect(most).toBe(JSON_TEXTS_KEPT)
  fc.assert(fc.property(edgy, (text) => json.of(text) === JSON.stringify(text) && json.of(text) === JSON.stringify(text)))
})

test("a report over code scanning's 25,000 results per upload is said to be one, with the way to upload it all", () => {
  expect(CODE_SCANNING_MAX_RESULTS).toBe(25000)
  expect(codeScanningLimitNote(0)).toBeUndefined()
  expect(codeScanningLimitNote(25000)).toBeUndefined()
  const note = codeScanningLimitNote(25001)
  expect(note).toContain('The SARIF report holds 25001 results')
  expect(note).toContain('refuses an upload of more than 25,000 (upload-sarif fails) and shows at most 5,000')
  expect(note).toContain('split policy-files over several validate steps, each with its own sarif-file uploaded under its own category')
  expect(codeScanningLimitNote(254941)).toContain('holds 254941 results')
})

/** A plain text message as a SARIF consumer reads it (SARIF 2.1.0 §3.11.6): a backslash before '[', ']' or '\\' is dropped. */
const fromSarifPlainText = (text: string) => text.replace(/\\([[\]\\])/g, '$1')
/** An embedded link a consumer would make: '[text](target)' whose brackets are not escaped. */
const EMBEDDED_LINK = /(?<!\\)(?:\\\\)*\[(?:[^\]\\]|\\.)*\]\(/

describe('a message quoting link syntax from a pull request makes no embedded link in the SARIF text', () => {
  test("a Sid '[here](1)' or '[docs](https://…)': escaped, and read back as written", () => {
    const policyWith = (sid: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] })
    for (const sid of ['[here](1)', '[docs](https://example.com/x)', 'a\\[b](2)', 'end\\']) {
      const findings = lintPolicyText('iam/p.json', policyWith(sid)).findings.filter((x) => x.code === 'RTC106')
      expect(findings).toHaveLength(1)
      // The message quotes the Sid: read as SARIF text unescaped, it holds a link.
      if (sid.startsWith('[')) expect(findings[0].message).toMatch(EMBEDDED_LINK)
      const [result] = sarifLogFor(findings, ALL_CHECKS).runs[0].results
      expect(result.message.text).not.toMatch(EMBEDDED_LINK)
      expect(fromSarifPlainText(result.message.text)).toBe(`${findings[0].message} Hint: ${findings[0].hint}`)
      // The fingerprint hashes the message as it was: alerts keep their identity across versions.
      const hashed = sha256Hex(JSON.stringify(['RTC106', 'iam/p.json', findings[0].message])).slice(0, 32)
      expect(result.partialFingerprints).toEqual({ 'rtcFinding/v1': `${hashed}:1` })
    }
    expect(sarifPlainText('[here](1)')).toBe('\\[here\\](1)')
  })

  test('on any text: no embedded link is left, and the consumer reads the text back', () => {
    const linky = fc.string({ unit: fc.constantFrom('[', ']', '(', ')', '\\', 'a', '1', ' ', ':'), maxLength: 12 })
    fc.assert(
      fc.property(linky, (text) => {
        const plain = sarifPlainText(text)
        expect(plain).not.toMatch(EMBEDDED_LINK)
        expect(fromSarifPlainText(plain)).toBe(text)
      }),
      { numRuns: 5000 }
    )
  })

  test('text without brackets or a doubled backslash is kept as it is', () => {
    for (const text of ['Unknown action s3:GetObjectx', 'Sid "\\u{202E}evil"', '${aws:username}']) expect(sarifPlainText(text)).toBe(text)
  })
})
