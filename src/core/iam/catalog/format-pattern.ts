// A resource ARN format of the catalogue read as a pattern, matched against a
// literal ARN from a policy in time linear in the ARN. The format's fixed text
// is literal (letters without regard to ASCII case); each placeholder is a run
// of characters of any kind, of any but ':', or of any but ':' and '/'.
//
// It was a regular expression (`^arn:[^:]*:apigateway:[^:]*::/restapis/.*/resources/.*/methods/.*/responses/.*$`),
// which V8 runs by backtracking: against an ARN of a pull request holding many
// '/resources//methods/' and no '/responses/', each `.*` tried every split (a
// 12 KB policy took 10 s, a 1 MiB one for ever). No regular expression is built
// here: the places each literal can end are carried forward as a sorted list,
// a run widening each into a range, so every literal is looked for once per
// place in the ARN.

import { placeholderHoldsNoSeparator } from './name-charsets.js'

/** What a placeholder's run may hold; the lower the wider (two runs in a row are the wider). */
export const enum Run {
  Any = 0,
  NotColon = 1,
  NotColonSlash = 2
}

/** Literals and the runs between them: `literals.length === runs.length + 1`, literals in ASCII lower case. */
export interface FormatPattern {
  readonly literals: readonly string[]
  readonly runs: readonly Run[]
  /** The leading parts (3: Region, 4: account) whose placeholder never stands for the empty text (holdsText), as bits 1 << part. */
  readonly textAt?: number
}

const LONE_PLACEHOLDER = /^\$\{[^}]*\}$/

/**
 * Regional resource types whose format names an account (`${Account}`) and of
 * which AWS itself owns instances that it writes with an empty account, by
 * service and the resource part's fixed opening:
 * - ssm document/: AWS's own SSM documents, `arn:aws:ssm:REGION::document/AWS-RunShellScript`
 *   (the Systems Manager guide's Run Command policies; AWSOpsWorksCMServiceRole).
 * - ssm parameter/: the public parameters, `arn:aws:ssm:REGION::parameter/aws/service/*`
 *   (AWSStorageGatewayFullAccess).
 * - ssm automation-definition/: AWS's own Automation runbooks, `arn:aws:ssm:REGION::automation-definition/AWS-*`
 *   (AWSElasticDisasterRecoveryLaunchActionsPolicy).
 * - resource-explorer-2 view/: AWS's service views, `arn:aws:resource-explorer-2:REGION::view/AWSServiceViewForApplicationSignals/service-view`
 *   (CloudWatchReadOnlyAccess).
 * - partnercentral catalog/${Catalog}/engagement/: what Partner Central keeps
 *   under an engagement of its AWS or Sandbox catalog, whose own ARN the
 *   reference writes with no account (`arn:${Partition}:partnercentral:${Region}::catalog/${Catalog}/engagement/${Identifier}`):
 *   AWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy grants
 *   CreateResourceSnapshot (on its ResourceSnapshot, which the reference
 *   writes with an account) as `arn:aws:partnercentral:*::catalog/AWS/engagement/*`.
 * The reference does not mark such types; these are the ones AWS's managed
 * policies write so. Matched on the format's service and the opening of its
 * resource part.
 */
const AWS_OWNED_REGIONAL_TYPES: ReadonlyArray<readonly [service: string, opening: string]> = [
  ['ssm', 'document/'],
  ['ssm', 'parameter/'],
  ['ssm', 'automation-definition/'],
  ['resource-explorer-2', 'view/'],
  ['partnercentral', 'catalog/${Catalog}/engagement/']
]

/** Is the format (or a format written out from one, `document/AWS-RunShellScript`) of one of AWS_OWNED_REGIONAL_TYPES? */
function awsOwnsInstancesOf(texts: readonly string[]): boolean {
  const service = (texts[2] ?? '').toLowerCase()
  const resource = texts.slice(5).join(':')
  return AWS_OWNED_REGIONAL_TYPES.some(([s, opening]) => s === service && resource.startsWith(opening))
}

/**
 * Does a format's Region (part 3) or account (part 4) placeholder stand for
 * text that is never empty? `texts` are the format's colon-separated parts.
 * The reference writes an empty Region for the resources that have none
 * (IAM, S3 buckets, CloudFront, Route 53) and an empty account for those no
 * account owns (EC2 public images, Bedrock foundation models): where it
 * writes `${Region}`, a resource's ARN names its Region, so
 * `arn:aws:lambda::111122223333:function:f` is no function's ARN; where it
 * writes `${Account}`, a resource's ARN names its account, so
 * `arn:aws:iam:::role/r` and `arn:aws:sqs:us-east-1::q` name no role or
 * queue. One rule for both parts, with one exception: the Regional types of
 * which AWS owns instances and writes them with no account
 * (AWS_OWNED_REGIONAL_TYPES: its SSM documents, public parameters...).
 */
export function holdsText(texts: readonly string[], i: number): boolean {
  if (i === 3) return LONE_PLACEHOLDER.test(texts[3] ?? '')
  return i === 4 && LONE_PLACEHOLDER.test(texts[4] ?? '') && (texts[3] === '' || !awsOwnsInstancesOf(texts))
}

/** A pattern from its pieces in order (literal text or a run); adjacent literals join, adjacent runs become the wider. */
export function formatPatternOf(pieces: ReadonlyArray<string | Run>): FormatPattern {
  const literals: string[] = ['']
  const runs: Run[] = []
  let lastWasRun = false
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      literals[literals.length - 1] += asciiLower(piece)
      if (piece !== '') lastWasRun = false
    } else if (lastWasRun && literals[literals.length - 1] === '') {
      runs[runs.length - 1] = Math.min(runs[runs.length - 1], piece)
    } else {
      runs.push(piece)
      literals.push('')
      lastWasRun = true
    }
  }
  return { literals, runs }
}

const catalogPatterns = new Map<string, FormatPattern>()

/**
 * The pattern of a catalogue ARN format, made once: in the first five parts a
 * placeholder holds anything but ':'; in the resource a placeholder, or a
 * literal '*', holds anything, but a name AWS documents without '/' or ':'
 * (name-charsets.ts) holds neither.
 */
export function catalogFormatPattern(format: string): FormatPattern {
  let pattern = catalogPatterns.get(format)
  if (!pattern) {
    const parts = format.split(':')
    const pieces: Array<string | Run> = []
    parts.slice(0, 5).forEach((part, i) => {
      if (i > 0) pieces.push(':')
      part.split(/\$\{[^}]*\}/).forEach((literal, j) => {
        if (j > 0) pieces.push(Run.NotColon)
        pieces.push(literal)
      })
    })
    pieces.push(':')
    for (const piece of parts.slice(5).join(':').split(/(\$\{[^}]*\}|\*)/)) {
      if (piece.startsWith('${')) pieces.push(placeholderHoldsNoSeparator(parts[2], piece.slice(2, -1)) ? Run.NotColonSlash : Run.Any)
      else if (piece === '*') pieces.push(Run.Any)
      else pieces.push(piece)
    }
    const textAt = (holdsText(parts, 3) ? 1 << 3 : 0) | (holdsText(parts, 4) ? 1 << 4 : 0)
    pattern = { ...formatPatternOf(pieces), textAt }
    catalogPatterns.set(format, pattern) // bounded: one per catalogue format (the lint rules ask only of those)
  }
  return pattern
}

// Steps the matcher has taken, ever: a call, each place a literal is found or looked for from, each start a run is
// widened from, and the characters a run's end is searched over (added once per search, not per character). Linear
// in the ARN by design; tests count it rather than time the hostile ARNs (the machine is shared).
let steps = 0

/** How many steps matchesFormatPattern has taken so far, in all. Only ever grows: the difference over a run is its cost. */
export function formatMatchSteps(): number {
  return steps
}

/** Does the whole of `value` match the pattern? Letters compare without regard to ASCII case, as the regular expression's `i` did. */
export function matchesFormatPattern(pattern: FormatPattern, value: string): boolean {
  return matchesPieces(pattern, value) && (!pattern.textAt || leadingPartsHoldText(pattern.textAt, value))
}

/** Are the leading parts `textAt` names (bits 1 << part) of `value` other than empty? Reads up to the fifth colon. */
function leadingPartsHoldText(textAt: number, value: string): boolean {
  let from = 0
  for (let part = 0; part < 5; part++) {
    const colon = value.indexOf(':', from)
    if (colon === -1) return true
    if (part > 0 && colon === from && (textAt & (1 << part)) !== 0) return false
    from = colon + 1
  }
  return true
}

function matchesPieces(pattern: FormatPattern, value: string): boolean {
  steps++
  const text = asciiLower(value)
  const n = text.length
  const { literals, runs } = pattern
  // Where the first literal can end: only at its own length, from the start.
  if (!text.startsWith(literals[0])) return false
  let at = literals[0].length
  let i = 0
  // Most formats read `:${Region}:${Account}:` and so on: a run that stops at ':' (or '/') before a literal
  // that opens with one can end only at the first such character, so one place is carried, with no lists.
  for (; i < runs.length; i++) {
    const run = runs[i]
    const literal = literals[i + 1]
    if (run === Run.Any || literal === '' || !stops(run, literal.charCodeAt(0))) break
    let stop = at
    while (stop < n && !stops(run, text.charCodeAt(stop))) stop++
    steps += stop - at
    if (!text.startsWith(literal, stop)) return false
    at = stop + literal.length
  }
  if (i === runs.length) return at === n
  let ends: number[] = [at]
  for (; i < runs.length; i++) {
    const ranges = widened(text, ends, runs[i])
    const literal = literals[i + 1]
    // A run that ends the pattern: the value's end must be within its reach.
    if (literal === '' && i === runs.length - 1) return ranges.length > 0 && ranges[ranges.length - 1] === n
    ends = placesAfter(text, literal, ranges)
    if (ends.length === 0) return false
  }
  return ends[ends.length - 1] === n
}

/**
 * The ranges a run starting at each of `starts` (ascending) can end in, as
 * [from, to, from, to, ...] ascending and apart: each start reaches up to the
 * first character the run may not hold. One pass over the text.
 */
function widened(text: string, starts: readonly number[], run: Run): number[] {
  const n = text.length
  const ranges: number[] = []
  // The first character at or after the current start that stops the run (n when none), found once per stretch.
  let stop = -1
  steps += starts.length
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]
    if (stop < from) {
      stop = from
      if (run === Run.Any) stop = n
      else while (stop < n && !stops(run, text.charCodeAt(stop))) stop++
      steps += stop - from
    }
    const last = ranges.length - 1
    if (last > 0 && from <= ranges[last]) ranges[last] = Math.max(ranges[last], stop)
    else ranges.push(from, stop)
  }
  return ranges
}

function stops(run: Run, code: number): boolean {
  return code === 58 /* : */ || (run === Run.NotColonSlash && code === 47) /* / */
}

/** Where `literal` ends when it starts within one of `ranges` (ascending); ascending. Each place of the text is searched once. */
function placesAfter(text: string, literal: string, ranges: readonly number[]): number[] {
  const ends: number[] = []
  // The next place the literal starts at (-1: none left), at or after what was searched.
  let at = -2
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r]
    const to = ranges[r + 1]
    if (at !== -1 && at < from) {
      steps++
      at = text.indexOf(literal, from)
    }
    while (at !== -1 && at <= to) {
      steps++
      ends.push(at + literal.length)
      at = text.indexOf(literal, at + 1)
    }
    if (at === -1) break
  }
  return ends
}

/** Lower case for A-Z only: the regular expression's `i` (without `u`) never folds another character onto an ASCII one. */
function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : text
}
