// A SARIF 2.1.0 log of the findings, in the shape
// github/codeql-action/upload-sarif accepts: one rule per finding code with
// its help, results on a path relative to the repository root (%SRCROOT%).
import path from 'node:path'
import { sha256Hex } from '../core/hash.js'
import { groupDigits } from '../core/digits.js'
import { ALL_CHECKS, type CheckInfo } from '../core/checks.js'
import type { Finding, Severity } from '../core/lint/finding.js'
import { prettyJson } from '../core/json.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/version.js'
import { makeFoldersNoFollow, writeFileWhole } from './files.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/org/redshift-temp-creds-action'
export const CHECKS_DOC_URI = `${INFORMATION_URI}/blob/v1/docs/checks.md`

/**
 * GitHub code scanning refuses an upload whose run holds more results than
 * this (github/codeql-action/upload-sarif fails), and of the ones it takes it
 * keeps the first 5,000 by severity. The report still holds every finding: it
 * is the complete record (also in the artifact), and the step says when code
 * scanning would refuse it.
 */
export const CODE_SCANNING_MAX_RESULTS = 25_000
const CODE_SCANNING_SHOWN_RESULTS = 5_000

/** What the step tells the user when a report of `results` results is more than code scanning takes; undefined when it is not. */
export function codeScanningLimitNote(results: number): string | undefined {
  if (results <= CODE_SCANNING_MAX_RESULTS) return undefined
  const most = groupDigits(CODE_SCANNING_MAX_RESULTS)
  const shown = groupDigits(CODE_SCANNING_SHOWN_RESULTS)
  return (
    `The SARIF report holds ${results} results: GitHub code scanning refuses an upload of more than ${most} ` +
    `(upload-sarif fails) and shows at most ${shown}. To upload every finding, split policy-files over several ` +
    'validate steps, each with its own sarif-file uploaded under its own category; every finding is also in the findings file.'
  )
}

/**
 * What ends a line in the regions' line numbers: CRLF, LF and a lone CR, as
 * the parser counts them (json-ast/position.ts). SARIF's default is CRLF and
 * LF only: without this, a file with lone-CR line ends (classic Mac) would
 * have every finding after the first CR on the wrong line for a reader of the log.
 */
export const NEWLINE_SEQUENCES: readonly string[] = ['\r\n', '\n', '\r']

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifMessage {
  text: string
  markdown?: string
}

export interface SarifRule {
  id: string
  name: string
  shortDescription: SarifMessage
  fullDescription: SarifMessage
  help: SarifMessage
  helpUri: string
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[]; precision: 'very-high' | 'high' }
}

export interface SarifRegion {
  startLine: number
  startColumn: number
  endLine?: number
  endColumn?: number
}

export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  message: SarifMessage
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }; region: SarifRegion } }>
  partialFingerprints: Record<string, string>
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<{
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } }
    columnKind: 'utf16CodeUnits'
    newlineSequences: string[]
    results: SarifResult[]
  }>
}

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }

/**
 * The SARIF log for these findings. Every known check is a rule (so that
 * code scanning can show help for a rule that found nothing this time); a
 * finding whose code is not in the catalogue still gets a rule of its own.
 */
export function sarifLogFor(findings: readonly Finding[], checks: readonly CheckInfo[] = ALL_CHECKS): SarifLog {
  const log = sarifEnvelopeFor(findings, checks)
  log.runs[0].results = Array.from(sarifResultTexts(findings, log.runs[0].tool.driver.rules), (text) => JSON.parse(text) as SarifResult)
  return log
}

/** The log without its results: the tool and every rule the findings need. */
export function sarifEnvelopeFor(findings: readonly Finding[], checks: readonly CheckInfo[] = ALL_CHECKS): SarifLog {
  const rules: SarifRule[] = checks.map(ruleOf)
  const known = new Set(rules.map((r) => r.id))
  let lastCode: string | undefined
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]
    // Neighbouring findings often have one code: looked up once for them.
    if (f.code === lastCode) continue
    lastCode = f.code
    if (known.has(f.code)) continue
    known.add(f.code)
    rules.push(ruleOf({ code: f.code, severity: f.severity, name: f.code.toLowerCase(), title: f.code, help: f.hint }))
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: ACTION_NAME, version: ACTION_VERSION, semanticVersion: ACTION_VERSION, informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        newlineSequences: [...NEWLINE_SEQUENCES],
        results: []
      }
    ]
  }
}

/**
 * One result per finding as the JSON text JSON.stringify makes of its
 * SarifResult (see sarifLogFor), made as they are asked for (a writer can
 * stream them). Written as text, not built as objects and then serialised:
 * at 25,000 findings the seven objects per result, walked again by
 * JSON.stringify, were most of the report's time. Every string in it goes
 * through JSON.stringify; the parts that only depend on the code or the file
 * are made once, and a message or hint met again reuses its JSON.
 */
export function* sarifResultTexts(findings: readonly Finding[], rules: readonly SarifRule[]): Generator<string> {
  const index = new Map(rules.map((r, i) => [r.id, i]))
  // Per code: its JSON, and per level '{"ruleId":…,"ruleIndex":…,"level":…,"message":{"text":'.
  const codes = new Map<string, { json: string; heads: Partial<Record<SarifLevel, string>> }>()
  // Most messages and nearly all hints are the same words in file after file.
  const json = new JsonTexts()
  // How many times each fingerprint was met: keyed by the fingerprint, not by the text it hashes. Findings
  // sorted by file (as validate's are) can only repeat a fingerprint within their file, so the map then holds
  // one file's at a time (a few entries, not one per finding of the run).
  const seen = new Map<string, number>()
  const seenPerFile = sortedByFile(findings)
  // Each file's parts are made once, not once per finding.
  let lastFile: string | undefined
  let fileJson = ''
  let locationHead = ''
  for (let j = 0; j < findings.length; j++) {
    const f = findings[j]
    if (f.file !== lastFile) {
      lastFile = f.file
      if (seenPerFile) seen.clear()
      fileJson = JSON.stringify(f.file)
      locationHead = `},"locations":[{"physicalLocation":{"artifactLocation":{"uri":${JSON.stringify(sarifUri(f.file))},"uriBaseId":"%SRCROOT%"},"region":{"startLine":`
    }
    let code = codes.get(f.code)
    if (code === undefined) codes.set(f.code, (code = { json: JSON.stringify(f.code), heads: {} }))
    const level = SARIF_LEVEL[f.severity]
    let head = code.heads[level]
    if (head === undefined) {
      const ruleIndex = index.get(f.code)
      if (ruleIndex === undefined) throw new Error(`no SARIF rule for the code ${f.code}`)
      head = code.heads[level] = `{"ruleId":${code.json},"ruleIndex":${ruleIndex},"level":${JSON.stringify(level)},"message":{"text":`
    }
    const messageJson = json.of(f.message)
    // Identical findings in one file are told apart by their order, so that
    // code scanning tracks each one across commits without relying on lines.
    // The hashed text is JSON.stringify([code, file, message]), as it always was.
    const fingerprint = sha256Hex(`[${code.json},${fileJson},${messageJson}]`).slice(0, 32)
    const occurrence = (seen.get(fingerprint) ?? 0) + 1
    seen.set(fingerprint, occurrence)
    const plainMessageJson = holdsLinkSyntax(f.message) ? json.of(sarifPlainText(f.message)) : messageJson
    const textJson = f.hint ? messageWithHintJson(plainMessageJson, json.of(sarifPlainText(f.hint))) : plainMessageJson
    yield `${head}${textJson}${locationHead}${regionText(f)}}}],"partialFingerprints":{"rtcFinding/v1":"${fingerprint}:${occurrence}"}}`
  }
}

/**
 * Text as a SARIF plain text message: '[' and ']' escaped with a backslash,
 * and a backslash before '[', ']' or another backslash (SARIF 2.1.0 §3.11.6).
 * A result's message reads '[text](target)' as an embedded link, which code
 * scanning makes a link (to a related location by its id, or a URI): a
 * message quotes values from a pull request, and a Sid of '[here](1)' or
 * '[docs](https://…)' made one in the alert's title. A consumer takes the
 * escapes out and shows the text as it was.
 */
export function sarifPlainText(text: string): string {
  return holdsLinkSyntax(text) ? text.replace(SARIF_ESCAPED, '\\$&') : text
}

/** A bracket, or a backslash before a bracket or a backslash: what sarifPlainText escapes. */
const SARIF_ESCAPED = /[[\]]|\\(?=[[\]\\])/g

/** Whether the text has anything sarifPlainText escapes: most messages have not, and keep their JSON. */
function holdsLinkSyntax(text: string): boolean {
  return text.includes('[') || text.includes(']') || text.includes('\\\\')
}

/**
 * JSON.stringify(`${message} Hint: ${hint}`) from the JSON of each part: the
 * first without its closing quote, the second without its opening one.
 * JSON.stringify escapes each UTF-16 code unit on its own, except that a
 * surrogate is escaped only when it is not half of a pair; the ASCII
 * " Hint: " between the parts keeps a surrogate at either edge from pairing
 * across it, so the joined text is the same (a test checks it on any strings).
 */
export function messageWithHintJson(messageJson: string, hintJson: string): string {
  return `${messageJson.slice(0, -1)} Hint: ${hintJson.slice(1)}`
}

/** How many distinct texts JsonTexts keeps before it starts again: its memory stays bounded whatever the findings say. */
export const JSON_TEXTS_KEPT = 8192

/**
 * JSON.stringify of strings, each distinct one serialised once while it is
 * kept. Emptied when full: findings whose words all differ cost one
 * JSON.stringify each, as they would without it, and it never holds more
 * than JSON_TEXTS_KEPT texts.
 */
export class JsonTexts {
  readonly #texts = new Map<string, string>()

  /** How many texts it holds now. */
  get size(): number {
    return this.#texts.size
  }

  of(text: string): string {
    let json = this.#texts.get(text)
    if (json === undefined) {
      if (this.#texts.size >= JSON_TEXTS_KEPT) this.#texts.clear()
      json = JSON.stringify(text)
      this.#texts.set(text, json)
    }
    return json
  }
}

/** About this many characters of results are joined into one piece of the log's text. */
const SARIF_BATCH_CHARS = 64 * 1024

/** Whether each finding's file comes at or after the one before's (code-unit order, as sortFindings leaves them). */
function sortedByFile(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i].file < findings[i - 1].file) return false
  return true
}

function ruleOf(check: CheckInfo): SarifRule {
  return {
    id: check.code,
    name: pascalCase(check.name),
    shortDescription: { text: check.title },
    fullDescription: { text: plainText(check.help) },
    help: { text: plainText(check.help), markdown: `**${check.code} ${check.title}**\n\n${check.help}` },
    helpUri: `${CHECKS_DOC_URI}#${check.code.toLowerCase()}`,
    defaultConfiguration: { level: SARIF_LEVEL[check.severity] },
    properties: { tags: ['iam', 'policy', ...(check.severity === 'error' ? ['correctness'] : ['security'])], precision: 'very-high' }
  }
}

/** The region's members after '"startLine":', and its closing brace. */
function regionText(f: Finding): string {
  const endLine = f.endLine ?? f.line
  // SARIF's end column is the column after the last character; it must not come before the start.
  const end = f.endColumn !== undefined && (endLine > f.line || (endLine === f.line && f.endColumn >= f.column))
  return end
    ? `${jsonNumber(f.line)},"startColumn":${jsonNumber(f.column)},"endLine":${jsonNumber(endLine)},"endColumn":${jsonNumber(f.endColumn!)}}`
    : `${jsonNumber(f.line)},"startColumn":${jsonNumber(f.column)}}`
}

/** A number as JSON.stringify writes it (a finite number as its shortest form, anything else as null). */
function jsonNumber(n: number): string {
  return Number.isFinite(n) ? `${n}` : 'null'
}

/** A relative URI reference: each path segment percent-encoded, '/' kept. */
export function sarifUri(file: string): string {
  // Most paths hold only characters encodeURIComponent keeps: they are their own URI.
  if (URI_KEEPS.test(file)) return file
  return file.split('/').map(encodeURIComponent).join('/')
}

/** Characters encodeURIComponent leaves as they are (RFC 3986 unreserved, and !*'()), and '/'. */
const URI_KEEPS = /^[A-Za-z0-9\-_.!~*'()/]*$/

/** SARIF rule names are identifiers: "trust-policy-principal-star" -> "TrustPolicyPrincipalStar". */
function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')
}

/** Markdown help as plain text: code spans and emphasis marks dropped, links as their text. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/\*\*|__/g, '')
}

/**
 * Writes the log (creating folders, never through a symlink: the caller
 * checked the path with checkWriteTarget), whole or not at all (writeFileWhole:
 * a half-written report would reach upload-sarif); returns the absolute path.
 * `results`, when given, replaces the log's results and is read one at a time
 * (see sarifResultTexts): at 100,000 files neither the results nor the log's
 * text are ever whole in memory; each result is written on a line of its own.
 */
export async function writeSarif(file: string, log: SarifLog, results?: Iterable<string>): Promise<string> {
  makeFoldersNoFollow(path.dirname(file))
  writeFileWhole(file, sarifText(log, results))
  return file
}

/**
 * The log's JSON text in pieces: the envelope pretty-printed, each result on
 * a line of its own. `results` are the results' JSON texts; without them, the
 * log's own results.
 */
export function* sarifText(log: SarifLog, results?: Iterable<string>): Generator<string> {
  if (log.runs.length !== 1) throw new Error(`a SARIF log of this action has one run, not ${log.runs.length}`)
  const marker = '"results": []'
  const envelope = prettyJson({ ...log, runs: [{ ...log.runs[0], results: [] }] })
  const at = envelope.indexOf(marker)
  yield `${envelope.slice(0, at)}"results": [`
  // Results are joined a few dozen kilobytes at a time: one string per batch,
  // not a concatenated one per result that would be copied once to flatten it.
  let first = true
  let batch: string[] = []
  let batchChars = 0
  for (const result of results ?? log.runs[0].results.map((r) => JSON.stringify(r))) {
    batch.push(result)
    batchChars += result.length
    if (batchChars >= SARIF_BATCH_CHARS) {
      yield `${first ? '\n' : ',\n'}${batch.join(',\n')}`
      first = false
      batch = []
      batchChars = 0
    }
  }
  if (batch.length > 0) {
    yield `${first ? '\n' : ',\n'}${batch.join(',\n')}`
    first = false
  }
  yield `${first ? '' : '\n'}]${envelope.slice(at + marker.length)}`
}
