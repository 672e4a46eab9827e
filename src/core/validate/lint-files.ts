// Bytes of the discovered files -> linted files and every finding, sorted.
// Pure: the reading is done by src/workspace, the reporting by src/report.
import { positionAt } from '../json-ast/position.js'
import type { Finding } from '../lint/finding.js'
import type { LintedFile, PolicyKind } from '../lint/lint.js'
import { fileFinding, NOT_UTF8, VALIDATOR_FAILED } from './checks.js'
import { messageOf } from '../async.js'
import { yamlPolicyFinding } from './yaml.js'
import { fileBudget, FindingTextBudget, listedFindingsOf } from './findings-per-file.js'
import { storedApart } from '../stored-apart.js'

/**
 * A file's content comes as `text` when the reader already knows it is UTF-8
 * (decoded, a BOM kept), or as `bytes`, which decode() checks.
 */
export type FileToLint = {
  /** Relative to the repository root, '/' separators. */
  path: string
  kind?: PolicyKind
} & ({ text: string } | { bytes: Uint8Array })

export type LintFn = (file: string, text: string, kind?: PolicyKind) => LintedFile

/** What the reports need of a checked file once its findings are taken out. */
export interface CheckedFile {
  file: string
  kind: PolicyKind
  /**
   * What the reports show instead of the kind when the content was not read as a policy at all (YAML, RTC903):
   * the kind is then only the classifier's default (identity, for want of a Principal), not what was checked.
   */
  notRead?: string
}

/** A linted file, with why its content was not read as a policy when it was not (see CheckedFile). */
export type LintedText = LintedFile & Pick<CheckedFile, 'notRead'>

export interface LintOptions {
  /**
   * Keep each file's parsed document (tree, value, policy) for a check that
   * reads them all afterwards (the "work together" check). Off, each
   * document is released as soon as its findings are taken: at 100,000
   * files the trees would otherwise hold over a gigabyte.
   */
  keepDocuments?: boolean
}

export interface LintOutcome {
  /** Every file linted, in the order read. */
  files: CheckedFile[]
  /** The linted documents, only with `keepDocuments`. */
  documents: LintedFile[]
  /** Every finding of every file, sorted by file, line, column, code. */
  findings: Finding[]
  /** Bugs met on the way (one per file at most), with their stack, for the debug log. */
  failures: Array<{ file: string; error: unknown }>
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/** Where a finding about the file as a whole points. */
const WHOLE_FILE = { line: 1, column: 1 }

/**
 * Lints every file with `lint`, one at a time: `inputs` may read each file
 * only when asked for it (a generator), so that only one file's bytes and
 * tree are alive at once. A linter that throws on one file is a bug; it
 * becomes an RTC902 finding on that file so that the other files are still
 * checked and reported.
 */
export function lintFiles(inputs: Iterable<FileToLint>, lint: LintFn, options: LintOptions = {}): LintOutcome {
  const files: CheckedFile[] = []
  const documents: LintedFile[] = []
  const findings: Finding[] = []
  const failures: LintOutcome['failures'] = []
  const copies = new OwnCopies()
  const textBudget = new FindingTextBudget()
  for (const input of inputs) {
    const { text, finding } = decode(input)
    if (finding) findings.push(textBudget.take(finding))
    try {
      const linted = lintText(input.path, text, input.kind, lint)
      files.push(linted.notRead ? { file: linted.file, kind: linted.kind, notRead: linted.notRead } : { file: linted.file, kind: linted.kind })
      if (options.keepDocuments) documents.push(linted)
      // A loop, not push(...spread): a file with many findings would pass them all as arguments.
      // The text budget before the copy: a message over it is copied clipped, never whole.
      for (const f of listedFindingsOf(linted.file, linted.findings, fileBudget(findings.length))) findings.push(options.keepDocuments ? textBudget.take(f) : detached(textBudget.take(f), copies))
    } catch (error) {
      failures.push({ file: input.path, error })
      findings.push(textBudget.take(validatorFailed(input.path, error)))
    }
  }
  return { files, documents, findings: sortFindings(findings), failures }
}

/**
 * The finding with its own copy of its message and hint. Text the linter cut
 * from the file (a name, a value) is, in V8, a slice that keeps the whole
 * file text alive: kept for every finding of 100,000 files, that is over a
 * kilobyte per file for a few dozen characters.
 */
function detached(f: Finding, copies: OwnCopies): Finding {
  f.message = copies.of(f.message)
  f.hint = copies.of(f.hint)
  return f
}

/**
 * Strings that share no storage with another (shorter strings are always
 * copied by V8), one copy per distinct text: most hints, and many messages,
 * are the same words in file after file, and copying each again costs time
 * and memory for nothing. Holds no text that the findings do not hold.
 */
class OwnCopies {
  readonly #copies = new Map<string, string>()

  of(text: string): string {
    if (text.length < 13) return text
    let copy = this.#copies.get(text)
    if (copy === undefined) {
      copy = storedApart(text)
      this.#copies.set(copy, copy)
    }
    return copy
  }
}

/**
 * One file's text -> its linted form, with the file checks that stand before
 * the linter: YAML (or a .yaml/.yml name) gets one RTC903 finding that says so,
 * not a JSON syntax error on line 1; the file keeps the kind the linter reads.
 * Validate and the pull-request review both lint through here.
 */
export function lintText(path: string, text: string, kind: PolicyKind | undefined, lint: LintFn): LintedText {
  const yaml = yamlPolicyFinding(path, text)
  const linted = lint(path, text, kind)
  if (!yaml) return linted
  if (!yaml.lintToo) return { file: linted.file, kind: linted.kind, findings: [yaml.finding], notRead: 'YAML, not checked' }
  return { ...linted, findings: [yaml.finding, ...linted.findings] }
}

/**
 * The text of a file; a file that is not UTF-8 is read with U+FFFD in place
 * of bad bytes, and an RTC901 finding says where. A UTF-16 file with its byte
 * order mark (what Windows PowerShell's Out-File and Notepad's "Unicode"
 * write) is read as the text it holds, with one RTC901 finding that says so:
 * its findings are then the policy's own, not a syntax error at every other byte.
 */
export function decode(input: FileToLint): { text: string; finding?: Finding } {
  if ('text' in input) return { text: input.text }
  const wide = utf16Text(input.bytes)
  if (wide) {
    return {
      text: wide.text,
      finding: fileFinding(
        NOT_UTF8,
        input.path,
        WHOLE_FILE,
        `The file is UTF-16 (${wide.order}, with a byte order mark), not UTF-8; it was checked as the text it holds.`,
        'Save the file as UTF-8 (IAM reads policy documents as UTF-8; in PowerShell, Out-File -Encoding utf8 or Set-Content -Encoding utf8).'
      )
    }
  }
  try {
    // The BOM is kept: the linter decides what it means.
    return { text: strictUtf8.decode(input.bytes) }
  } catch {
    const bad = firstInvalidUtf8(input.bytes)
    const before = lossyUtf8.decode(input.bytes.subarray(0, bad))
    const at = positionAt(before, before.length)
    return {
      text: lossyUtf8.decode(input.bytes),
      finding: fileFinding(
        NOT_UTF8,
        input.path,
        at,
        `The file is not UTF-8: byte 0x${input.bytes[bad].toString(16).padStart(2, '0')} at offset ${bad} does not start or continue a UTF-8 character.`,
        'Save the file as UTF-8 (IAM reads policy documents as UTF-8).'
      )
    }
  }
}

const utf16le = new TextDecoder('utf-16le', { fatal: false })

/** The text of bytes that start with a UTF-16 byte order mark (the mark left out), or undefined. */
function utf16Text(bytes: Uint8Array): { text: string; order: 'little-endian' | 'big-endian' } | undefined {
  if (bytes.length < 2) return undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), order: 'little-endian' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapped into little-endian order: every Node has that decoder (utf-16be needs full ICU).
    const swapped = new Uint8Array(bytes.length - 2)
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1]
      swapped[i - 1] = bytes[i]
    }
    if (bytes.length % 2 === 1) swapped[swapped.length - 1] = bytes[bytes.length - 1]
    return { text: utf16le.decode(swapped), order: 'big-endian' }
  }
  return undefined
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or bytes.length. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) need = 2
    else if (b >= 0xf0 && b <= 0xf4) need = 3
    else return i
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    min = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    if (b === 0xed) max = 0x9f
    if (b === 0xf4) max = 0x8f
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i
    }
    i += need + 1
  }
  return bytes.length
}

function validatorFailed(file: string, error: unknown): Finding {
  const reason = messageOf(error)
  return fileFinding(
    VALIDATOR_FAILED,
    file,
    WHOLE_FILE,
    `The validator failed on this file and did not check it: ${reason.split(/\r?\n/)[0]}`,
    'This is a bug in the action: please report it with the file. The other files were checked.'
  )
}

const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 } as const

/** Stable order: by file, line, column, then errors first, then code; exact repeats dropped. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Sorting each file's findings apart is much cheaper than one big sort
  // that compares long, mostly equal paths.
  const out: Finding[] = []
  for (let j = 0, byFile = findingsByFile(findings); j < byFile.length; j++) {
    const list = byFile[j]
    if (list.length > 1) list.sort(compareInFile)
    for (let i = 0; i < list.length; i++) {
      const f = list[i]
      const prev = list[i - 1]
      if (prev && prev.line === f.line && prev.column === f.column && prev.code === f.code && prev.message === f.message) continue
      out.push(f)
    }
  }
  return out
}

/**
 * Each file's findings (in the order met), files in code-unit order. They
 * come file by file from the linter, in the order discovery sorted the
 * files: then each run of one file's findings is its list, with no lookup
 * and no sort of the paths. Otherwise the runs of each file are gathered
 * and the files sorted.
 */
function findingsByFile(findings: readonly Finding[]): Finding[][] {
  const runs: Finding[][] = []
  let run: Finding[] = []
  let ascending = true
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]
    const runFile = run.length > 0 ? run[0].file : undefined
    if (f.file !== runFile) {
      if (runFile !== undefined && !(runFile < f.file)) ascending = false
      runs.push((run = []))
    }
    run.push(f)
  }
  if (ascending) return runs
  const byFile = new Map<string, Finding[]>()
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]
    const list = byFile.get(r[0].file)
    if (!list) byFile.set(r[0].file, r)
    else for (let j = 0; j < r.length; j++) list.push(r[j])
  }
  return [...byFile.keys()].sort(compareText).map((file) => byFile.get(file)!)
}

function compareInFile(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  )
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
