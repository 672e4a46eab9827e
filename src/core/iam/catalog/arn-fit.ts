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
// account) are compared one by one, so a wildcard cannot swallow a colon
// there, as in ../wildcard.ts; the resource part is compared as a whole.
// Letters compare without regard to case: a miss here is a finding, and a
// false one costs more than a missed one.

// A pattern is an array of tokens: a character code (lower case) to match
// once, ONE for any one character, or a run of zero or more characters, of
// any kind (RUN) or of any but '/' (RUN_NOT_SLASH). Plain arrays of small
// integers: cheap to make and to keep in a cache.
const ONE = -1
const RUN = -2
const RUN_NOT_SLASH = -3
const SLASH = 47

type Pattern = number[]

/**
 * Tokens of one ARN part. In a policy ARN (`format` false) '*' and '?' are
 * wildcards, `${*}`, `${?}` and `${$}` those characters, and any other `${...}`
 * a policy variable, which can stand for anything. In a reference format
 * (`format` true) `${Name}` is a run, except that a bucket name holds no '/'
 * (so `bucket/*` is an object, never a bucket), and a literal '*'
 * (`instance/${InstanceId}/queue/*`) is a run too.
 */
function tokens(part: string, format: boolean): Pattern {
  const text = part.toLowerCase()
  const out: Pattern = []
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 36 /* $ */ && text.charCodeAt(i + 1) === 123 /* { */) {
      const end = text.indexOf('}', i + 2)
      if (end !== -1) {
        const inner = text.slice(i + 2, end)
        if (format) out.push(inner === 'bucketname' ? RUN_NOT_SLASH : RUN)
        else if (inner === '*' || inner === '?' || inner === '$') out.push(inner.charCodeAt(0))
        else out.push(RUN)
        i = end + 1
        continue
      }
    }
    if (c === 42 /* * */) out.push(RUN)
    else if (c === 63 /* ? */ && !format) out.push(ONE)
    else out.push(c)
    i++
  }
  return out
}

const isRun = (t: number): boolean => t <= RUN

/** Can one character be taken by both tokens (a run stands for its class)? */
function meet(a: number, b: number): boolean {
  if (a === RUN || a === ONE || b === RUN || b === ONE) return true
  if (a === RUN_NOT_SLASH) return b !== SLASH
  if (b === RUN_NOT_SLASH) return a !== SLASH
  return a === b
}

// Scratch table for intersect: row i, column j says whether a[i..] and b[j..]
// share a string.
let table = new Uint8Array(4096)

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
  if (table.length < rows * width) table = new Uint8Array(rows * width * 2)
  for (let i = n; i >= k; i--) {
    for (let j = m; j >= k; j--) {
      const at = (i - k) * width + (j - k)
      let ok: boolean
      if (i === n && j === m) ok = true
      else if (i < n && isRun(a[i])) {
        ok = table[at + width] === 1 || (j < m && (isRun(b[j]) || meet(a[i], b[j])) && table[at + 1] === 1)
      } else if (j < m && isRun(b[j])) {
        ok = table[at + 1] === 1 || (i < n && meet(a[i], b[j]) && table[at + width] === 1)
      } else if (i < n && j < m) {
        ok = meet(a[i], b[j]) && table[at + width + 1] === 1
      } else ok = false
      table[at] = ok ? 1 : 0
    }
  }
  return table[0] === 1
}

/** The five leading parts and the resource, or one part when there are fewer colons. */
function splitParts(arn: string): string[] {
  const parts = arn.split(':')
  if (parts.length < 6) return [arn]
  return [...parts.slice(0, 5), parts.slice(5).join(':')]
}

interface PolicyArn {
  readonly parts: Pattern[]
  /** Format -> fits, for the formats already asked about. */
  readonly fits: Map<string, boolean>
}

const formatCache = new Map<string, Pattern[]>()
const policyCache = new Map<string, PolicyArn>()
const CACHE_LIMIT = 20000
// The service part tells most ARNs apart; then the resource.
const PART_ORDER = [2, 5, 0, 1, 3, 4]

function formatParts(format: string): Pattern[] {
  let parts = formatCache.get(format)
  if (!parts) {
    parts = splitParts(format).map(part => tokens(part, true))
    formatCache.set(format, parts) // bounded: the catalogue has ~2,400 formats
  }
  return parts
}

function policyArn(arn: string): PolicyArn {
  let entry = policyCache.get(arn)
  if (!entry) {
    entry = { parts: splitParts(arn).map(part => tokens(part, false)), fits: new Map() }
    if (policyCache.size >= CACHE_LIMIT) policyCache.clear()
    policyCache.set(arn, entry)
  }
  return entry
}

/** Does the policy ARN pattern `arn` share at least one ARN with the reference `format`? */
export function arnFitsFormat(arn: string, format: string): boolean {
  if (arn === '*') return true
  const entry = policyArn(arn)
  let fits = entry.fits.get(format)
  if (fits === undefined) {
    const a = entry.parts
    const f = formatParts(format)
    if (a.length === f.length) fits = PART_ORDER.every(i => intersect(a[i], f[i]))
    // A policy ARN with fewer than six parts (a broken or truncated one) is
    // compared whole, its wildcards free to cross colons.
    else fits = intersect(tokens(arn, false), tokens(format, true))
    entry.fits.set(format, fits)
  }
  return fits
}
