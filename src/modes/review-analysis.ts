// One changed file's review from its two texts: lint the head, diff the
// versions, the text diff. Pure work with no I/O, so that it can run in the
// review worker (src/modes/review-worker.ts), where a time and memory budget
// can stop it, or in this thread.
import { diffPolicies, type PolicyDiff } from '../core/diff/semantic-diff.js'
import { pairedStatementName, statementName } from '../core/diff/describe.js'
import { unifiedDiff } from '../core/diff/text-diff.js'
import { witnessText } from '../core/diff/witness-text.js'
import { sameJsonValue } from '../core/json-ast/parse.js'
import { keySpeltTwice } from '../core/iam/key-spellings.js'
import { principalWithSpaceAround } from '../core/iam/principal-spacing.js'
import { actionWithVendorWildcard } from '../core/iam/action-vendor.js'
import { lintPolicyText, type LintedFile, type PolicyKind } from '../core/lint/lint.js'
import type { Finding } from '../core/lint/finding.js'
import { GENERATED_FILE_CODE } from '../core/lint/not-a-policy.js'
import { decode, lintText } from '../core/validate/lint-files.js'
import { POLICY_IS_YAML } from '../core/validate/checks.js'
import type { FileChangeStatus, FileReview } from '../report/review-comment.js'
import { quotedText } from '../core/visible-text.js'

export interface AnalysisInput {
  path: string
  status: FileChangeStatus
  previousPath?: string
  kind?: PolicyKind
  /** undefined: no such version (added or removed, or not found). */
  baseText?: string
  headText?: string
  /** A version's bytes when they are not plain UTF-8 (FileVersion's `bytes`): read as validate reads them. */
  baseBytes?: Uint8Array
  headBytes?: Uint8Array
}

/**
 * Errors for which IAM refuses a document whatever kind of policy it is (docs/checks.md): a Version it does not know,
 * a statement that is not an object, no valid Effect, no Action, both elements of an exclusive pair, an element it
 * does not know or of the wrong JSON type, a condition operator it does not know (names are case-sensitive: `bool`
 * is refused, "Invalid Condition type"). Not the errors that depend on the kind the linter took the file for
 * (a Principal in an identity policy), nor an empty value (IAM accepts some).
 */
const REFUSED_WHATEVER_THE_KIND: ReadonlySet<string> = new Set(['RTC103', 'RTC105', 'RTC108', 'RTC109', 'RTC110', 'RTC116', 'RTC117', 'RTC401'])

/**
 * A wildcard in a principal other than "*" alone (RTC306 in an `AWS` ARN, RTC206 under Service, Federated or
 * CanonicalUser): "You cannot use a wildcard to match part of a principal name or ARN" (AWS JSON policy elements:
 * Principal).
 */
const PRINCIPAL_PATTERN_CODES: ReadonlySet<string> = new Set(['RTC206', 'RTC306'])

/**
 * Why what a head that parses as a policy grants is not known, or
 * undefined: it takes the invalid document's path (counted as broadening). The first check that holds names it.
 */
function whyNotKnown(version: LintedFile, side: 'head' | 'base'): string | undefined {
  for (const check of NOT_KNOWN) {
    const why = check(version, side)
    if (why !== undefined) return why
  }
  return undefined
}

/** Each check reads one version (the head's, or the base's: what was in force then is as little known). */
const NOT_KNOWN: ReadonlyArray<(head: LintedFile, side: 'head' | 'base') => string | undefined> = [
  // A key given twice with two values is read one way by JSON.parse (the last) and maybe another by IAM or a deploy
  // tool.
  (head) => {
    const ambiguous = head.duplicateKeys?.find((d) => !sameJsonValue(d.firstValue, d.repeatedValue))
    if (!ambiguous) return undefined
    const [at, first] = [ambiguous.repeated.span.start, ambiguous.first.span.start]
    // Line and column: in a policy minified on one line, "first at line 1" says nothing.
    return (
      `line ${at.line}: "${ambiguous.key}" is given twice with different values (first at line ${first.line} column ${first.column}); ` +
      'JSON.parse keeps the last, but IAM or a deploy tool may read the other, so what it grants is not known'
    )
  },
  // A condition key spelt two ways in one block (`aws:SourceVpc`, `aws:sourcevpc`) with other values is one key given
  // twice to IAM, which reads key names without regard to case: as ambiguous as a key written twice.
  (head) => {
    const speltTwice = keySpeltTwice(head.root)
    if (!speltTwice) return undefined
    const [at, first] = [speltTwice.repeated.span.start, speltTwice.first.span.start]
    return (
      `line ${at.line}: condition key "${speltTwice.repeated.key}" under ${speltTwice.operator} is also given as "${speltTwice.first.key}" ` +
      `with other values (line ${first.line} column ${first.column}); IAM reads condition key names without regard to case, so this is ` +
      'one key given twice, and which values IAM tests is not documented, so what it grants is not known'
    )
  },
  // A principal with white space around it (`" *"`): IAM does not trim it, and refuses the document or holds a value
  // the diff cannot read with certainty (it reads a pattern naming no principal, IAM may read "*").
  (head) => {
    const spaced = principalWithSpaceAround(head.root)
    if (!spaced) return undefined
    return (
      `line ${spaced.span.start.line}: the principal ${quotedText(spaced.value)} has white space around it; IAM does not trim ` +
      'a principal, and refuses the document ("Invalid principal in policy") or holds a value that is not the one meant, so what it grants is not known'
    )
  },
  // An action with a wildcard in its service prefix (`*:*`, `s3*:Get*`; RTC201): IAM refuses the document, and read as
  // a pattern `*:*` is every action, so `*` -> `*:*` said no change.
  (head, side) => {
    const vendorWildcard = actionWithVendorWildcard(head.root)
    if (!vendorWildcard) return undefined
    const listed = side === 'head' ? head.findings.find((f) => f.code === 'RTC201' && f.line === vendorWildcard.span.start.line) : undefined
    if (listed) return `IAM refuses an action with a wildcard in its service prefix, so what the head grants is not known: ${seeBelow(listed)}`
    return (
      `line ${vendorWildcard.span.start.line}: the action ${quotedText(vendorWildcard.value)} has a wildcard in its service prefix, which IAM ` +
      `refuses (RTC201: Action vendors must not contain wildcards), so what the ${side} grants is not known`
    )
  },
  // A head IAM refuses as written is read leniently by the diff (an unknown or mistyped element left out, a statement
  // with no valid Effect dropped), so the change it shows is one the document cannot make: what the head grants once
  // it is fixed is not known.
  (head, side) => {
    const refused = head.findings.find((f) => REFUSED_WHATEVER_THE_KIND.has(f.code))
    if (!refused) return undefined
    return side === 'head' ? `IAM refuses the document as written: ${seeBelow(refused)}` : `line ${refused.line}: ${refused.message} (${refused.code}: IAM refuses the document as written)`
  },
  // A wildcard in a principal but "*" alone: IAM refuses it in a trust policy, and a service that kept it might match
  // it as a pattern; the diff reads it as naming no principal (statements.ts), so `role/etl` -> `role/*` said narrows.
  (head, side) => {
    const patterned = head.findings.find((f) => PRINCIPAL_PATTERN_CODES.has(f.code))
    if (!patterned) return undefined
    const why = `IAM refuses such a principal, or a service may read it as a pattern, so what the ${side} grants is not known`
    return side === 'head' ? `${why}: ${seeBelow(patterned)}` : `line ${patterned.line}: ${patterned.message} (${patterned.code}: ${why})`
  }
]

export function analyseFile(input: AnalysisInput): FileReview {
  const basePath = input.previousPath ?? input.path
  // UTF-16 with its mark is the text it holds; other bytes that are not UTF-8 keep U+FFFD and get RTC901, as in validate.
  const baseText = input.baseBytes ? decode({ path: basePath, bytes: input.baseBytes }).text : input.baseText
  const headDecoded = input.headBytes ? decode({ path: input.path, bytes: input.headBytes }) : undefined
  const headText = headDecoded?.text ?? input.headText
  const head = headText === undefined ? undefined : lintText(input.path, headText, input.kind, lintPolicyText)
  // Into its findings array: a linted document reads its value through getters, which a copy would lose.
  if (head && headDecoded?.finding) head.findings.unshift(headDecoded.finding)
  const base = baseText === undefined ? undefined : lintText(basePath, baseText, input.kind, lintPolicyText)
  // A text that is not JSON is a version that grants nothing (null), not a missing one.
  // The value the policy is read from: a number as the file writes it (1e999 is not "Infinity").
  const valueOf = (text: string | undefined, linted: typeof head) => (text === undefined ? undefined : (linted?.policyValue ?? linted?.value ?? null))
  // The kind decides what a Deny can take away; a resource policy is told apart from a key policy by the diff.
  // A YAML version's kind is only the classifier's default (it was not read as a policy): never the one used.
  const kind = input.kind ?? (head?.notRead ? undefined : head?.kind) ?? (base?.notRead ? undefined : base?.kind)
  // A base IAM refuses (or that cannot be read with certainty) was not in force as written: read as granting nothing,
  // as a base that is not JSON is, and said so. Read leniently, `s3*:Get*` -> `s3:GetObject` was a narrowing.
  const baseNotKnown = base?.value !== undefined && !isGeneratedFile(base) ? whyNotKnown(base, 'base') : undefined
  // With witnesses: each change rated broadens or narrows shows a request that makes it so (its row's example).
  const diff = diffPolicies(baseNotKnown !== undefined ? null : valueOf(baseText, base), valueOf(headText, head), { ...(kind === 'identity' || kind === 'trust' ? { kind } : {}), witnesses: true })

  const review: FileReview = {
    path: input.path,
    status: input.status,
    accessChange: diff.accessChange,
    changes: statementRows(diff),
    findings: head?.findings ?? [],
    textDiff: unifiedDiff(baseText ?? '', headText ?? '')
  }
  if (input.previousPath) review.previousPath = input.previousPath
  // Over the diff's work budget: named as not reviewed, counted as broadening (diff.accessChange), its findings kept.
  if (diff.overBudget) review.notReviewed = diff.overBudget
  if (head?.notRead) {
    // Said as validate's summary says it (YAML, not checked), not as a JSON syntax error.
    review.notRead = head.notRead
    review.invalid = `it is ${head.notRead} (IAM reads policy documents as JSON only; ${notReadFinding(head)})`
  } else if (headText !== undefined && !isGeneratedFile(head) && (head?.value === undefined || diff.invalid.includes('after'))) {
    review.invalid = head?.value === undefined ? firstErrorOf(head) : 'it is JSON but not a policy document (no Statement)'
  }
  if (review.invalid === undefined && head && !isGeneratedFile(head)) review.invalid = whyNotKnown(head, 'head')
  if (baseNotKnown !== undefined) {
    review.note = `The base version is one IAM refuses or that cannot be read with certainty${review.invalid !== undefined ? ' either' : ''} (${baseNotKnown}); it is read as granting nothing.`
  } else if (base?.notRead) {
    review.note = `The base version is ${base.notRead} (IAM reads policy documents as JSON only); it is read as granting nothing.`
  } else if (baseText !== undefined && !isGeneratedFile(base) && (base?.value === undefined || diff.invalid.includes('before'))) {
    // "Either" only when the head is not valid too.
    review.note = `The base version is not a valid policy document${review.invalid !== undefined ? ' either' : ''}; it is read as granting nothing.`
  }
  if (input.status !== 'added' && baseText === undefined) review.note = `The base version of ${basePath} could not be read; it is read as granting nothing.`
  return review
}

function statementRows(diff: PolicyDiff): FileReview['changes'] {
  return diff.statements.map((s) => {
    const ref = s.after ?? s.before
    const name = ref ? statementName(ref) : '(statement)'
    // A modified statement is named by both versions when they differ: paired by content, the head's 'R' or #2 was
    // the base's 'RW' or #3.
    const shown = s.kind === 'modified' && s.after ? pairedStatementName(s.before, s.after) : name
    // The summary opens with the statement's name, which has its own column.
    // One request per direction the change claims: newly allowed (broadens), newly refused (narrows).
    const examples = (['broadens', 'narrows'] as const).flatMap((d) => (s.witnesses?.[d] ? [`${d}: ${witnessText(s.witnesses[d])}`] : []))
    return {
      statement: shown,
      change: s.summary.startsWith(`${name}: `) ? s.summary.slice(name.length + 2) : s.summary,
      rating: s.rating,
      why: s.explanation,
      ...(examples.length > 0 ? { example: examples.join('; ') } : {})
    }
  })
}

/**
 * A file generate writes beside the policies (its manifest, a deploy
 * template: RTC005) grants nothing and is no broken policy either: its change
 * is not an invalid document (the head's notice says what it is).
 */
function isGeneratedFile(linted: LintedFile | undefined): boolean {
  return linted?.findings.some((f) => f.code === GENERATED_FILE_CODE) === true
}

/** The finding that says why a version was not read as a policy (RTC903), named as the file's section lists it. */
function notReadFinding(linted: LintedFile): string {
  const finding = linted.findings.find((f) => f.code === POLICY_IS_YAML.code)
  return finding ? seeBelow(finding) : 'see the findings below'
}

function firstErrorOf(linted: LintedFile | undefined): string {
  // The syntax error says why the file is not a policy; the rest of a broken file is checked too and may come first.
  const error = linted?.findings.find((f) => f.code === 'RTC001') ?? linted?.findings.find((f) => f.severity === 'error')
  return error ? `it is not valid JSON: ${seeBelow(error)}` : 'it is not valid JSON'
}

/**
 * A head's finding that says why it cannot be read, named rather than quoted: the file's section lists the head's
 * findings under this line, each with its hint, and quoted here too the same error was said twice.
 */
function seeBelow(f: Finding): string {
  return `see the ${f.code} ${f.severity} at line ${f.line} below`
}

/**
 * The memory a file's review keeps, in bytes, as V8 holds it: what the review
 * budget counts. The review is a tree of plain values (no shared parts, no
 * cycles), walked once. Each string counts its header and a byte a character,
 * two when it holds one past U+00FF; each object and array its header and a
 * slot per entry. Measured against the heap on hostile shapes (a statement of
 * three findings and one change row each, minified), it counts a little more
 * than the heap grows, never less: a budget that undercounts is no budget.
 */
export function reviewFootprint(review: FileReview): number {
  return footprintOf(review)
}

const STRING_HEADER = 24
const OBJECT_HEADER = 32
const SLOT = 16

function footprintOf(value: unknown): number {
  if (typeof value === 'string') return STRING_HEADER + (/[^\u0000-\u00ff]/.test(value) ? 2 : 1) * value.length
  if (value === null || typeof value !== 'object') return SLOT
  let total = OBJECT_HEADER
  if (Array.isArray(value)) {
    for (const item of value) total += SLOT + footprintOf(item)
    return total
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key)) total += SLOT + footprintOf((value as Record<string, unknown>)[key])
  }
  return total
}
