// Can a Resource ARN written in a policy name a resource of a given type? Both
// sides are patterns: the policy's ARN may hold '*', '?' and policy variables
// (`${aws:username}`), the reference's format holds placeholders
// (`${RoleNameWithPath}`). The ARN fits when some real ARN matches both, so
// this decides whether two patterns intersect rather than whether one matches
// the other. `arn:aws:iam::*:user/*` and `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`
// share nothing ("user/" against "role/"); `arn:aws:s3:::bucket/*` and the
// bucket format share nothing either, since a bucket name holds no '/'.
//
// The first five colon-separated parts (arn, partition, service, region,
// account) are first compared one by one, a wildcard inside one unable to
// swallow a colon, and the resource part as a whole. IAM matches the whole ARN
// text, though, so a '*' or '?' that ENDS a segment can reach past the colons
// after it: `arn:aws:logs:*:*:/aws-glue/*` names the log streams of
// `arn:aws:logs:us-east-1:111122223333:log-group:/aws-glue/jobs:log-stream:x`.
// When the part-by-part reading finds no common ARN and the policy ARN has
// such a wildcard, the whole texts are compared, the format's placeholders then
// standing for names without a colon (the names IAM resources carry): so
// `arn:aws:iam::*:user/*` still shares nothing with a role, whose name cannot
// hold the ":user/" the account wildcard would have to reach.
// Colons inside a policy variable (`${aws:PrincipalAccount}`) separate nothing.
// A format's placeholder whose value AWS documents without '/' or ':'
// (name-charsets.ts) is matched as such, so the fixed text after it is read
// literally: `table/${TableName}/index/${IndexName}` shares nothing with
// `table/MyTable/stream/*`.
// Letters compare without regard to case: a miss here is a finding, and a
// false one costs more than a missed one.

import { placeholderHoldsNoSeparator } from './name-charsets.js'
import { holdsText } from './format-pattern.js'
import { Char } from '../../char-codes.js'
import { memorable } from '../../memo-key.js'

// A pattern is an array of tokens: a character code (lower case) to match
// once, Token.One for any one character (Token.OneNotColon: any but ':'), or a
// run of zero or more characters, of any kind (Token.Run) or of any but '/'
// (Token.RunNotSlash), ':' (Token.RunNotColon) or either
// (Token.RunNotColonSlash). Plain arrays of small integers: cheap to make and
// to keep in a cache. A const enum, so that the bundler writes each token as
// its number: module-level consts are loaded from the module's context and
// checked on every use, in intersect's inner loop too.
const enum Token {
  One = -1,
  Run = -2,
  RunNotSlash = -3,
  RunNotColon = -4,
  RunNotColonSlash = -5,
  OneNotColon = -6
}

type Pattern = number[]

/** How a part is read: a policy ARN's part, a format's part (strict reading), or either side of the whole-text reading. */
type Reading = 'policy' | 'format' | 'policy-leading' | 'format-whole'

/**
 * Tokens of one ARN part. In a policy ARN '*' and '?' are wildcards, `${*}`,
 * `${?}` and `${$}` those characters, and any other `${...}` a policy
 * variable, which can stand for anything. In a reference format `${Name}` is a
 * run, except that a name AWS documents without '/' or ':' (name-charsets.ts:
 * a bucket, a DynamoDB table) is a run of neither, so `bucket/*` is an object,
 * never a bucket, and `table/T/stream/*` never an index; a literal '*'
 * (`instance/${InstanceId}/queue/*`) is a run too. `service` is the format's
 * service part, which decides the names' rules. For the whole-text reading,
 * 'policy-leading' is one of the five leading parts of a policy ARN (a
 * wildcard reaches past colons only at its end; a variable holds no colon) and
 * 'format-whole' any part of a format (names hold no colon).
 */
function tokens(part: string, reading: Reading, out: Pattern = [], service = ''): Pattern {
  const text = part.toLowerCase()
  const format = reading === 'format' || reading === 'format-whole'
  const leading = reading === 'policy-leading'
  const noColon = reading === 'format-whole'
  // Set once a `${` has no `}` after it: no later one has either, and the text is not searched again from each.
  let unclosed = false
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 36 /* $ */ && !unclosed && text.charCodeAt(i + 1) === 123 /* { */) {
      const end = closingBrace(text, i)
      unclosed = end === -1
      if (end !== -1) {
        const inner = text.slice(i + 2, end)
        if (format) {
          if (placeholderHoldsNoSeparator(service, inner)) out.push(Token.RunNotColonSlash)
          else out.push(noColon ? Token.RunNotColon : Token.Run)
        } else if (inner === '*' || inner === '?' || inner === '$') out.push(inner.charCodeAt(0))
        else out.push(leading ? Token.RunNotColon : Token.Run)
        i = end + 1
        continue
      }
    }
    const last = i === text.length - 1
    if (c === 42 /* * */) out.push(leading && !last ? Token.RunNotColon : Token.Run)
    else if (c === 63 /* ? */ && !format) out.push(leading && !last ? Token.OneNotColon : Token.One)
    else out.push(c)
    i++
  }
  return out
}

const isRun = (t: number): boolean => t <= Token.Run && t >= Token.RunNotColonSlash

/** Does a wildcard token take the character `c`? */
function takes(t: number, c: number): boolean {
  switch (t) {
    case Token.RunNotSlash:
      return c !== Char.Slash
    case Token.RunNotColon:
    case Token.OneNotColon:
      return c !== Char.Colon
    case Token.RunNotColonSlash:
      return c !== Char.Colon && c !== Char.Slash
    default:
      return true
  }
}

/** Can one character be taken by both tokens (a run stands for its class)? */
function meet(a: number, b: number): boolean {
  if (a >= 0 && b >= 0) return a === b
  if (a >= 0) return takes(b, a)
  if (b >= 0) return takes(a, b)
  // Two classes: each leaves out at most ':' and '/', so a letter fits both.
  return true
}

// Scratch table for intersect: row i, column j says whether a[i..] and b[j..]
// share a string.
let table = new Uint8Array(4096)

// Table cells intersect has filled, ever: the cost of a comparison grows with
// the product of the two patterns' lengths, so a caller that compares many
// ARNs from one document budgets by this (see comparisonWork).
let cellsFilled = 0

/**
 * How much comparing has been done so far, in table cells (a pair of pattern
 * tokens each): the difference over a run of calls is that run's cost. Only
 * ever grows.
 */
export function comparisonWork(): number {
  return cellsFilled
}

// Characters the searches for a policy variable's closing '}' have covered, ever (see braceScanWork).
let braceScan = 0

/** Characters searched for a `${`'s closing `}` so far, ever: a test counts the work of reading hostile ARNs. */
export function braceScanWork(): number {
  return braceScan
}

/**
 * The `}` that closes the `${` at `open`, or -1 when the text has none after it. A caller that gets -1 searches
 * no more: an ARN of 150,000 "${" and no "}" was otherwise searched to its end from each (quadratic: 800 KB, 5 s).
 */
function closingBrace(text: string, open: number): number {
  const end = text.indexOf('}', open + 2)
  braceScan += (end === -1 ? text.length : end + 1) - (open + 2)
  return end
}

/**
 * Is there a string both patterns match? Literal openings and endings are
 * compared first, which settles most mismatches; what is left goes to a table
 * over token positions. A shortest common string never has both patterns
 * inside a run taking the same character (drop it and both still match), so
 * each step either ends a run or lets a run take the other side's next
 * single character.
 */
function intersect(a: Pattern, b: Pattern): boolean {
  let n = a.length
  let m = b.length
  let k = 0
  while (k < n && k < m && a[k] >= 0 && b[k] >= 0) {
    if (a[k] !== b[k]) return false
    k++
  }
  while (n > k && m > k && a[n - 1] >= 0 && b[m - 1] >= 0) {
    if (a[n - 1] !== b[m - 1]) return false
    n--
    m--
  }
  const rows = n - k + 1
  const width = m - k + 1
  cellsFilled += rows * width
  if (table.length < rows * width) table = new Uint8Array(rows * width * 2)
  // A local: the module variable would be loaded again at every cell.
  const cells = table
  for (let i = n; i >= k; i--) {
    for (let j = m; j >= k; j--) {
      const at = (i - k) * width + (j - k)
      let ok: boolean
      if (i === n && j === m) ok = true
      else if (i < n && isRun(a[i])) {
        ok = cells[at + width] === 1 || (j < m && (isRun(b[j]) || meet(a[i], b[j])) && cells[at + 1] === 1)
      } else if (j < m && isRun(b[j])) {
        ok = cells[at + 1] === 1 || (i < n && meet(a[i], b[j]) && cells[at + width] === 1)
      } else if (i < n && j < m) {
        ok = meet(a[i], b[j]) && cells[at + width + 1] === 1
      } else ok = false
      cells[at] = ok ? 1 : 0
    }
  }
  return cells[0] === 1
}

/**
 * The positions of the first five colons of an ARN that are not inside a
 * policy variable (`${aws:PrincipalAccount}`), or fewer when it has fewer.
 */
export function arnColons(arn: string): number[] {
  // Five places filled in, then cut to those found: every ARN of every file
  // passes through here, and a list grown by push starts several times larger.
  // One pass up to the fifth colon, which comes early (`arn:aws:s3:::`): a
  // search of the whole ARN for '${' first, then one for each colon, cost
  // several times more, each a call into the runtime.
  const out = [-1, -1, -1, -1, -1]
  let found = 0
  // As in tokens: once a `${` has no `}` after it, the later ones are not searched for one.
  let unclosed = false
  for (let i = 0; i < arn.length && found < 5; i++) {
    const c = arn.charCodeAt(i)
    if (c === Char.Colon) out[found++] = i
    else if (c === Char.Dollar && !unclosed && arn.charCodeAt(i + 1) === Char.OpenBrace) {
      const end = closingBrace(arn, i)
      if (end !== -1) i = end
      else unclosed = true
    }
  }
  if (found < 5) out.length = found
  return out
}

/** The five leading parts and the resource, or one part when there are fewer colons. */
function splitParts(arn: string): string[] {
  const colons = arnColons(arn)
  if (colons.length < 5) return [arn]
  const c1 = colons[0]
  const c2 = colons[1]
  const c3 = colons[2]
  const c4 = colons[3]
  const c5 = colons[4]
  return [arn.slice(0, c1), arn.slice(c1 + 1, c2), arn.slice(c2 + 1, c3), arn.slice(c3 + 1, c4), arn.slice(c4 + 1, c5), arn.slice(c5 + 1)]
}

/** A leading part ends with a wildcard (not one inside `${...}`): IAM lets it reach past the colons after it. */
function endsWithWildcard(part: string): boolean {
  const c = part.charCodeAt(part.length - 1)
  return (c === 42 || c === 63) && !part.endsWith('${*}') && !part.endsWith('${?}')
}

/** The whole-text pattern of split parts, for the reading across colons. */
function wholePattern(parts: string[], policy: boolean): Pattern {
  const out: Pattern = []
  const service = policy ? '' : (parts[2] ?? '')
  parts.forEach((part, i) => {
    if (i > 0) out.push(Char.Colon)
    // At least one character, then the placeholder's run.
    if (!policy && holdsText(parts, i)) out.push(Token.OneNotColon)
    tokens(part, policy ? (i < 5 ? 'policy-leading' : 'policy') : 'format-whole', out, service)
  })
  return out
}


/** A format's service part (`dynamodb` in `arn:${Partition}:dynamodb:...`), which decides its names' rules. */
const formatService = (format: string): string => splitParts(format)[2] ?? ''

/**
 * A policy ARN read once for the formats it is compared with: its parts as
 * tokens, and the answers given so far. The lint rules read each Resource ARN
 * of a statement once into one of these and ask it about every format of
 * every action of the statement; the string functions below keep a bounded
 * cache of them for other callers.
 */
export interface PolicyArn {
  readonly arn: string
  readonly texts: string[]
  /** Each part's tokens, read when first compared: most formats' leading parts are placeholders that take anything. */
  readonly parts: Array<Pattern | undefined>
  /** The whole-text pattern, when a leading part ends with a wildcard; null otherwise. */
  whole: Pattern | null | undefined
  /** Answers so far, by format. */
  readonly fits: FormatAnswers
  /** The same for the part-by-part reading (fitsFormatStrictly). */
  readonly strict: FormatAnswers
}

/**
 * Answers by format. A statement mostly asks one pattern ARN about one or
 * two formats: the first answer is held in place, a map is made only for more.
 */
class FormatAnswers {
  #first: string | undefined
  #firstAnswer = false
  #more: Map<string, boolean> | undefined

  get(format: string): boolean | undefined {
    if (this.#first === format) return this.#firstAnswer
    return this.#more?.get(format)
  }

  set(format: string, answer: boolean): void {
    if (this.#first === undefined) {
      this.#first = format
      this.#firstAnswer = answer
    } else (this.#more ??= new Map()).set(format, answer)
  }
}

const formatCache = new Map<string, Pattern[]>()
const formatWholeCache = new Map<string, Pattern>()
const policyCache = new Map<string, PolicyArn>()
const CACHE_LIMIT = 2000
// The service part tells most ARNs apart; then the resource.
const PART_ORDER = [2, 5, 0, 1, 3, 4]

function formatParts(format: string): Pattern[] {
  let parts = formatCache.get(format)
  if (!parts) {
    const texts = splitParts(format)
    const service = texts[2] ?? ''
    // A Region or account that holds text (holdsText) is one character and a run: partsIntersect reads that pair.
    parts = texts.map((part, i) => tokens(part, 'format', holdsText(texts, i) ? [Token.One] : [], service))
    formatCache.set(format, parts) // bounded: the catalogue has ~2,400 formats
  }
  return parts
}

function formatWhole(format: string): Pattern {
  let whole = formatWholeCache.get(format)
  if (!whole) {
    whole = wholePattern(splitParts(format), false)
    formatWholeCache.set(format, whole) // bounded like formatCache
  }
  return whole
}

/** A policy ARN read for comparison with formats (see PolicyArn). */
export function readPolicyArn(arn: string): PolicyArn {
  const texts = splitParts(arn)
  const parts: Array<Pattern | undefined> = texts.length === 6 ? [undefined, undefined, undefined, undefined, undefined, undefined] : [undefined]
  return { arn, texts, parts, whole: undefined, fits: new FormatAnswers(), strict: new FormatAnswers() }
}

/**
 * A policy ARN read, from a cache of the first ARNs asked about, no more (a
 * hostile or huge input cannot grow it, and the ARNs that repeat are
 * mostly among the first).
 */
export function policyArnOf(arn: string): PolicyArn {
  let entry = policyCache.get(arn)
  if (!entry) {
    entry = readPolicyArn(arn)
    if (policyCache.size < CACHE_LIMIT && memorable(arn)) policyCache.set(arn, entry)
  }
  return entry
}

function policyPart(entry: PolicyArn, i: number): Pattern {
  return (entry.parts[i] ??= tokens(entry.texts[i], 'policy'))
}

/** Part by part; both have six parts. */
function partsIntersect(entry: PolicyArn, f: Pattern[]): boolean {
  for (let j = 0; j < PART_ORDER.length; j++) {
    const i = PART_ORDER[j]
    const part = f[i]
    // A part that is one placeholder (`${Region}`, `${Account}`) takes any text: nothing to compare.
    if (part.length === 1 && part[0] === Token.Run) continue
    // One that takes any text but the empty one (holdsText): any policy part written with a character shares some.
    if (part.length === 2 && part[0] === Token.One && part[1] === Token.Run) {
      if (entry.texts[i] === '') return false
      continue
    }
    if (!intersect(policyPart(entry, i), part)) return false
  }
  return true
}

/**
 * The part-by-part reading alone: does the ARN fit the format without a
 * wildcard reaching past a colon? Says whether an ARN is plainly of a type,
 * where fitsFormat says whether it can name one.
 */
export function fitsFormatStrictly(entry: PolicyArn, format: string): boolean {
  if (entry.arn === '*') return true
  let fits = entry.strict.get(format)
  if (fits === undefined) {
    const f = formatParts(format)
    fits = entry.texts.length === f.length ? partsIntersect(entry, f) : intersect(tokens(entry.arn, 'policy'), tokens(format, 'format', [], formatService(format)))
    entry.strict.set(format, fits)
  }
  return fits
}

const leafCache = new Map<string, Pattern[]>()

/**
 * fitsFormat with the format's last name holding no '/', read part by
 * part: the reading for a format that other formats of its service refine
 * past a '/' (`table/${TableName}`, refined by `table/${TableName}/index/${IndexName}`),
 * where an ARN with more after the name is the refinement's, not this type's.
 * A policy ARN of fewer than six parts is given the benefit of the doubt.
 */
export function fitsFormatLeaf(entry: PolicyArn, format: string): boolean {
  if (entry.arn === '*') return true
  let leaf = leafCache.get(format)
  if (!leaf) {
    leaf = formatParts(format).map(part => part.slice())
    const last = leaf[leaf.length - 1]
    // The last name: a run of any text loses '/'; one already without '/'
    // (a documented name, name-charsets.ts) is left as it is.
    for (let i = last.length - 1; i >= 0; i--) {
      if (isRun(last[i])) {
        if (last[i] === Token.Run) last[i] = Token.RunNotSlash
        break
      }
    }
    leafCache.set(format, leaf) // bounded: the catalogue's formats
  }
  if (entry.texts.length !== leaf.length) return true
  return partsIntersect(entry, leaf)
}

/** Does the policy ARN pattern share at least one ARN with the reference `format`? */
export function fitsFormat(entry: PolicyArn, format: string): boolean {
  if (entry.arn === '*') return true
  let fits = entry.fits.get(format)
  if (fits === undefined) {
    const f = formatParts(format)
    if (entry.texts.length === f.length) {
      fits = fitsFormatStrictly(entry, format)
      if (!fits) {
        if (entry.whole === undefined) entry.whole = entry.texts.slice(0, 5).some(endsWithWildcard) ? wholePattern(entry.texts, true) : null
        if (entry.whole !== null) fits = intersect(entry.whole, formatWhole(format))
      }
    }
    // A policy ARN with fewer than six parts (a broken or truncated one) is
    // compared whole, its wildcards free to cross colons.
    else fits = intersect(tokens(entry.arn, 'policy'), tokens(format, 'format', [], formatService(format)))
    entry.fits.set(format, fits)
  }
  return fits
}

/** Does the policy ARN pattern `arn` share at least one ARN with the reference `format`? */
export function arnFitsFormat(arn: string, format: string): boolean {
  return arn === '*' || fitsFormat(policyArnOf(arn), format)
}
