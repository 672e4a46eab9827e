// A SARIF 2.1.0 log of the findings, in the shape
// github/codeql-action/upload-sarif accepts: one rule per finding code with
// its help, results on a path relative to the repository root (%SRCROOT%).
import * as crypto from 'node:crypto'
import path from 'node:path'
import { ALL_CHECKS, type CheckInfo } from '../core/checks.js'
import type { Finding, Severity } from '../core/lint/finding.js'
import { prettyJson } from '../core/json.js'
import { ACTION_NAME, ACTION_VERSION } from '../core/version.js'
import { makeFoldersNoFollow, writeFileNoFollow } from './files.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/org/redshift-temp-creds-action'
export const CHECKS_DOC_URI = `${INFORMATION_URI}/blob/v1/docs/checks.md`

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
  log.runs[0].results = [...sarifResults(findings, log.runs[0].tool.driver.rules)]
  return log
}

/** The log without its results: the tool and every rule the findings need. */
export function sarifEnvelopeFor(findings: readonly Finding[], checks: readonly CheckInfo[] = ALL_CHECKS): SarifLog {
  const rules: SarifRule[] = checks.map(ruleOf)
  const known = new Set(rules.map((r) => r.id))
  for (const f of findings) {
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
        results: []
      }
    ]
  }
}

/** One result per finding, made as they are asked for (a writer can stream them). */
export function* sarifResults(findings: readonly Finding[], rules: readonly SarifRule[]): Generator<SarifResult> {
  const index = new Map(rules.map((r, i) => [r.id, i]))
  // Keyed by the fingerprint, not by the text it hashes: a short key per distinct finding.
  const seen = new Map<string, number>()
  // The findings come sorted by file: each file's URI is made once, not once per finding.
  let lastFile: string | undefined
  let lastUri = ''
  for (const f of findings) {
    if (f.file !== lastFile) {
      lastFile = f.file
      lastUri = sarifUri(f.file)
    }
    // Identical findings in one file are told apart by their order, so that
    // code scanning tracks each one across commits without relying on lines.
    const fingerprint = sha256Hex(JSON.stringify([f.code, f.file, f.message])).slice(0, 32)
    const occurrence = (seen.get(fingerprint) ?? 0) + 1
    seen.set(fingerprint, occurrence)
    yield {
      ruleId: f.code,
      ruleIndex: index.get(f.code)!,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.hint ? `${f.message} Hint: ${f.hint}` : f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: lastUri, uriBaseId: '%SRCROOT%' }, region: regionOf(f) } }],
      partialFingerprints: { 'rtcFinding/v1': `${fingerprint}:${occurrence}` }
    }
  }
}

/**
 * SHA-256 of a text, in hex. Node's one-shot crypto.hash (Node 20.12 and
 * later) makes no Hash object per call, which counts at one call per
 * finding; older Nodes take the streaming form. Both give the same digest.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex')

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

function regionOf(f: Finding): SarifRegion {
  const region: SarifRegion = { startLine: f.line, startColumn: f.column }
  const endLine = f.endLine ?? f.line
  // SARIF's end column is the column after the last character; it must not come before the start.
  if (f.endColumn !== undefined && (endLine > f.line || (endLine === f.line && f.endColumn >= f.column))) {
    region.endLine = endLine
    region.endColumn = f.endColumn
  }
  return region
}

/** A relative URI reference: each path segment percent-encoded, '/' kept. */
export function sarifUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

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
 * checked the path with checkWriteTarget); returns the absolute path.
 * `results`, when given, replaces the log's results and is read one at a time
 * (see sarifResults): at 100,000 files neither the results nor the log's text
 * are ever whole in memory; they are written a slice at a time, one per line.
 */
export async function writeSarif(file: string, log: SarifLog, results?: Iterable<SarifResult>): Promise<string> {
  makeFoldersNoFollow(path.dirname(file))
  writeFileNoFollow(file, sarifText(log, results))
  return file
}

/** The log's JSON text in pieces: the envelope pretty-printed, each result on a line of its own. */
export function* sarifText(log: SarifLog, results: Iterable<SarifResult> = log.runs[0]?.results ?? []): Generator<string> {
  if (log.runs.length !== 1) throw new Error(`a SARIF log of this action has one run, not ${log.runs.length}`)
  const marker = '"results": []'
  const envelope = prettyJson({ ...log, runs: [{ ...log.runs[0], results: [] }] })
  const at = envelope.indexOf(marker)
  yield `${envelope.slice(0, at)}"results": [`
  let batch: string[] = []
  let first = true
  for (const result of results) {
    batch.push(JSON.stringify(result))
    if (batch.length === 1000) {
      yield `${first ? '' : ','}\n${batch.join(',\n')}`
      first = false
      batch = []
    }
  }
  if (batch.length > 0) yield `${first ? '' : ','}\n${batch.join(',\n')}`
  yield `${first && batch.length === 0 ? '' : '\n'}]${envelope.slice(at + marker.length)}`
}
