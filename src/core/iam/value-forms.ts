// How IAM reads a condition value of the Numeric, Date, IP address and Bool
// families: the one reader the linter, the evaluator and the diff share, so
// that what one accepts the others read the same way.
//
// IAM's condition operators page (reference_policies_elements_condition_operators)
// documents these forms: a Numeric operator compares "an integer or decimal
// value"; a Date operator a value in "one of the W3C implementations of the
// ISO 8601 date formats or in epoch (UNIX) time"; an IP address operator a value
// "in the standard CIDR format (for example, 203.0.113.0/24 or
// 2001:DB8:1234:5678::/64)", with "the default prefix value of /32" for an
// address without a prefix length: one IPv4 address, but an IPv6 address so
// written is not documented as one address (bareIpv6Note); Bool "true" or
// "false". Each value reads as one of:
// - documented: a form the page names, read as it says;
// - undocumented: text a common reader takes for the type (JavaScript's
//   Number() and Date.parse(), Java's Double.parseDouble: ".5", "+5", "1e3",
//   " 5", "2026-01-01T00:00:00" without an offset, "010.0.0.0/8") but whose
//   reading by IAM is not documented. The linter warns; the evaluator does not
//   decide on it (an Allow does not apply, a Deny is not dropped); the diff
//   calls a change that involves it not known;
// - invalid: no reader takes it for the type. The linter reports an error.

export type ValueFamily = 'Numeric' | 'Date' | 'IpAddress' | 'Bool'

export interface ValueReading<T> {
  form: 'documented' | 'undocumented' | 'invalid'
  /** The value, as the evaluator reads a request's value (documented and undocumented forms). */
  value?: T
  /** Why the form is undocumented or invalid, in words ("has a leading '+'"). */
  note?: string
}

/** The family of a base operator (no IfExists, no set prefix) whose values have a form; undefined for the others. */
export function valueFamilyOf(base: string): ValueFamily | undefined {
  if (base.startsWith('Numeric')) return 'Numeric'
  if (base.startsWith('Date')) return 'Date'
  if (base === 'IpAddress' || base === 'NotIpAddress') return 'IpAddress'
  if (base === 'Bool') return 'Bool'
  return undefined
}

// ---- Numeric ----

/** An integer or a decimal, as written in IAM's examples ("3600", "0.5", "-1"). */
const DECIMAL = /^-?\d+(\.\d+)?$/
/**
 * What number readers take besides: a sign, a bare or trailing point, an exponent, white space around it.
 * The point and the digits after it are one optional group: written `\d+\.?\d*`, a run of digits could be
 * split between `\d+` and `\d*` every way, and a hostile value of digits that is no number ("111…1x")
 * took time quadratic in its length (100,000 digits, a minute).
 */
const NUMBER_LIKE = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/

function numberNote(text: string): string {
  if (text.trim() !== text) return 'has white space around it'
  if (text.startsWith('+')) return "has a leading '+'"
  if (/[eE]/.test(text)) return 'is in exponent notation'
  return 'has a decimal point with no digit on one side'
}

/** A Numeric operator's value. */
export function readNumber(text: string): ValueReading<number> {
  if (DECIMAL.test(text)) return { form: 'documented', value: Number(text) }
  if (NUMBER_LIKE.test(text)) return { form: 'undocumented', value: Number(text), note: numberNote(text) }
  return { form: 'invalid', note: 'is not a number' }
}

// ---- Date ----

/** Epoch time in whole seconds ("1767225600"). */
const EPOCH_SECONDS = /^\d+$/
/** Epoch seconds as other readers take them: a sign, a fraction. */
const EPOCH_LIKE = /^-?\d+(\.\d+)?$/

/**
 * The W3C profile of ISO 8601 (www.w3.org/TR/NOTE-datetime): YYYY, YYYY-MM,
 * YYYY-MM-DD, and a date with hh:mm, hh:mm:ss or hh:mm:ss.s and then a
 * time-zone designator (Z or +hh:mm / -hh:mm), which the profile requires
 * with a time. Groups: year, month, day, hour, minute, second, fraction,
 * designator, offset hours, offset minutes.
 */
const W3C_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2})))?)?)?$/
/** ISO 8601 as other readers take it: a time without a designator, an offset without its colon, `T24:00`, `:60`. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * What is wrong with a date's fields, or undefined when they name a real
 * moment: a month of 1-12, a day that month has, an hour of 0-24, a minute
 * of 0-59, a second of 0-60, an offset of at most 23:59. Hour 24 and second
 * 60 are ISO 8601's but not the W3C profile's: `overflow` says so.
 */
function calendarProblem(fields: (string | undefined)[]): { problem?: string; overflow?: string } {
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = fields.map((f) => (f === undefined ? 0 : Number(f)))
  if (fields[1] !== undefined && (month < 1 || month > 12)) return { problem: `has month ${month}` }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]
  if (fields[2] !== undefined && (day < 1 || day > days)) return { problem: `has day ${day} of a month with ${days}` }
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return { problem: `has hour ${hour}` }
  if (minute > 59) return { problem: `has minute ${minute}` }
  if (second > 60) return { problem: `has second ${second}` }
  if (offsetHours > 23 || offsetMinutes > 59) return { problem: 'has a time-zone offset past 23:59' }
  if (hour === 24) return { overflow: 'writes midnight as 24:00' }
  if (second === 60) return { overflow: 'has a leap second' }
  return {}
}

/** A date's fields in calendarProblem's order. */
const dateFields = (m: RegExpExecArray): (string | undefined)[] => [m[1], m[2], m[3], m[4], m[5], m[6], m[9], m[10]]

/** A Date operator's value: the instant it names, in milliseconds since 1970. */
export function readDate(text: string): ValueReading<number> {
  if (EPOCH_SECONDS.test(text)) return { form: 'documented', value: Number(text) * 1000 }
  if (EPOCH_LIKE.test(text)) return { form: 'undocumented', value: Number(text) * 1000, note: 'is epoch time with a sign or a fraction of a second' }
  const w3c = W3C_DATE.exec(text)
  const iso = w3c ?? ISO_LIKE.exec(text)
  if (!iso) {
    const value = Date.parse(text)
    return Number.isNaN(value) ? { form: 'invalid', note: 'is not an ISO 8601 date or epoch time' } : { form: 'undocumented', value, note: 'is not in ISO 8601' }
  }
  const { problem, overflow } = calendarProblem(dateFields(iso))
  if (problem) return { form: 'invalid', note: `is not a calendar date: it ${problem}` }
  const value = Date.parse(text)
  const read = Number.isNaN(value) ? {} : { value }
  if (overflow) return { form: 'undocumented', ...read, note: overflow }
  if (w3c) {
    // A date with no time names a day, not an instant: which instant of it IAM compares is not documented.
    if (w3c[4] === undefined) return { form: 'undocumented', ...read, note: 'is a date with no time of day' }
    // Past milliseconds a double (and the evaluator) cannot tell two instants apart.
    if ((w3c[7]?.length ?? 0) > 4) return { form: 'undocumented', ...read, note: 'has a fraction of a second finer than milliseconds' }
    return { form: 'documented', ...read }
  }
  if (iso[4] !== undefined && iso[8] === undefined) return { form: 'undocumented', ...read, note: 'has a time but no time zone (Z or +hh:mm)' }
  if (text.includes(' ')) return { form: 'undocumented', ...read, note: "separates the date and the time with a space, not 'T'" }
  return { form: 'undocumented', ...read, note: 'writes its time-zone offset without a colon' }
}

// ---- IP addresses ----

export interface IpAddressValue {
  family: 4 | 6
  value: bigint
}

export interface CidrRange extends IpAddressValue {
  bits: number
  /** First and last address of the range. */
  first: bigint
  last: bigint
}

function ipv4(text: string): bigint | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  if (parts.some((x) => x > 255)) return undefined
  return parts.reduce((n, x) => n * 256n + BigInt(x), 0n)
}

/** An IPv6 address (`::` shorthand and a trailing dotted IPv4 part allowed, RFC 4291 2.2) as a 128-bit number. */
function ipv6(s: string): bigint | undefined {
  const text = s.toLowerCase()
  if (!text.includes(':') || text.length > 45) return undefined
  const groups = text.split('::')
  if (groups.length > 2) return undefined
  // `ending`: the side that ends the address, the only place a dotted IPv4 part may stand (`192.0.2.1::` is none).
  const side = (part: string, ending: boolean): number[] | undefined => {
    if (part === '') return []
    const out: number[] = []
    const pieces = part.split(':')
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]
      if (ending && i === pieces.length - 1 && piece.includes('.')) {
        const v4 = ipv4(piece)
        if (v4 === undefined) return undefined
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn))
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) out.push(parseInt(piece, 16))
      else return undefined
    }
    return out
  }
  const head = side(groups[0], groups.length === 1)
  const tail = groups.length === 2 ? side(groups[1], true) : []
  if (!head || !tail) return undefined
  const missing = 8 - head.length - tail.length
  if (groups.length === 2 ? missing < 1 : missing !== 0) return undefined
  const all = [...head, ...new Array<number>(missing).fill(0), ...tail]
  return all.reduce((n, x) => n * 65536n + BigInt(x), 0n)
}

/** An IPv4 or IPv6 address, white space around it allowed (as a request's value is read). */
export function parseIp(s: string): IpAddressValue | undefined {
  const text = s.trim()
  const v4 = ipv4(text)
  if (v4 !== undefined) return { family: 4, value: v4 }
  const v6 = ipv6(text)
  return v6 === undefined ? undefined : { family: 6, value: v6 }
}

/**
 * The note for a CIDR's text that is not the standard notation though it
 * reads as a range: white space in or around it, or an IPv4 part or prefix
 * length with a leading zero (`010.0.0.0/8`, `10.0.0.0/08`), which readers
 * take differently (inet_aton reads `010` as octal 8; Java's address parser
 * refuses it). An IPv6 group's leading zeros are standard (`2001:0db8::`).
 */
function addressNote(value: string): string | undefined {
  if (/\s/.test(value)) return 'has white space in or around it'
  const slash = value.indexOf('/')
  const address = slash < 0 ? value : value.slice(0, slash)
  if (slash >= 0 && /^0\d/.test(value.slice(slash + 1))) return 'has a prefix length with a leading zero'
  // The IPv4 parts: the whole address, or an IPv6 address's dotted tail (`::ffff:10.0.0.1`).
  const dotted = address.includes(':') ? address.slice(address.lastIndexOf(':') + 1) : address
  return dotted.split('.').some((part) => /^0\d/.test(part)) ? 'has an IPv4 part with a leading zero' : undefined
}

/** `10.0.0.0/8`, `2001:db8::/32`, or a single address (all bits); white space around the parts is read past. */
function cidrRange(text: string): CidrRange | undefined {
  const slash = text.indexOf('/')
  const address = parseIp(slash < 0 ? text : text.slice(0, slash))
  if (!address) return undefined
  const width = address.family === 4 ? 32 : 128
  const bitsText = slash < 0 ? String(width) : text.slice(slash + 1).trim()
  if (!/^\d{1,3}$/.test(bitsText)) return undefined
  const bits = Number(bitsText)
  if (bits > width) return undefined
  const hostBits = BigInt(width - bits)
  const first = (address.value >> hostBits) << hostBits
  const last = first + (1n << hostBits) - 1n
  return { ...address, bits, first, last }
}

/**
 * The note for an IPv6 address written with no prefix length. IAM's page:
 * "If you specify an IP address without the associated routing prefix, IAM
 * uses the default prefix value of /32". For an IPv4 address that is the one
 * address; for an IPv6 address it is 2^96 of them, and whether IAM reads it
 * so or as the one address (/128) is not documented.
 */
function bareIpv6Note(range: CidrRange, text: string): string | undefined {
  return range.family === 6 && !text.includes('/') ? 'is an IPv6 address with no prefix length, for which IAM documents the default prefix /32 (2^96 addresses, not the one a /128 names)' : undefined
}

/**
 * For an IPv6 address written with no prefix length and otherwise in the
 * standard form, the wider of its two readings: the /32 IAM's sentence gives,
 * which holds the one address a /128 names. A range that holds it holds
 * either reading. Undefined for any other text.
 */
export function bareIpv6WidestRange(text: string): CidrRange | undefined {
  const reading = readAddressRange(text)
  if (reading.form !== 'undocumented' || reading.value === undefined || addressNote(text) !== undefined || bareIpv6Note(reading.value, text) === undefined) return undefined
  return cidrRange(`${text}/32`)
}

/** An IpAddress or NotIpAddress value: the range it names (an address with no prefix length: all bits). */
export function readAddressRange(text: string): ValueReading<CidrRange> {
  const range = cidrRange(text)
  if (!range) return { form: 'invalid', note: 'is not an IP address or CIDR range' }
  const note = addressNote(text) ?? bareIpv6Note(range, text)
  return note ? { form: 'undocumented', value: range, note } : { form: 'documented', value: range }
}

// ---- Bool ----

/** A Bool (or Null) value: `true` or `false`, in any case (IAM compares them so). */
export function readBool(text: string): ValueReading<boolean> {
  const lower = text.toLowerCase()
  return lower === 'true' || lower === 'false' ? { form: 'documented', value: lower === 'true' } : { form: 'invalid', note: 'is not true or false' }
}

/**
 * An address a request carries (aws:SourceIp holds one, never a range): the
 * standard notation, or undocumented with white space or an IPv4 part with a
 * leading zero, or invalid (a range, or no address).
 */
function readRequestAddress(text: string): ValueReading<IpAddressValue> {
  const address = text.includes('/') ? undefined : parseIp(text)
  if (!address) return { form: 'invalid', note: 'is not an IP address' }
  const note = addressNote(text)
  return note ? { form: 'undocumented', value: address, note } : { form: 'documented', value: address }
}

/**
 * A request's value for an operator of `family`, in the forms a policy's
 * value takes (an address rather than a range). AWS puts documented forms in
 * its requests; one of another form (" 5", "+5", a date with no time zone)
 * is in none, and how IAM would compare it is not known.
 */
export function readRequestValue(family: ValueFamily, text: string): ValueReading<unknown> {
  return family === 'IpAddress' ? readRequestAddress(text) : readConditionValue(family, text)
}

/** A value of `family` read as that family's reader reads it. */
export function readConditionValue(family: ValueFamily, text: string): ValueReading<unknown> {
  switch (family) {
    case 'Numeric':
      return readNumber(text)
    case 'Date':
      return readDate(text)
    case 'IpAddress':
      return readAddressRange(text)
    case 'Bool':
      return readBool(text)
  }
}
