// The forms of Numeric, Date and IP address condition values that IAM
// documents, and so reads as the evaluator does. IAM's condition operators
// page says a Numeric operator compares "an integer or decimal value", a Date
// operator "one of the W3C implementations of the ISO 8601 date formats or
// epoch (UNIX) time", and an IP address operator a value "in the standard CIDR
// format". What IAM makes of other text that JavaScript reads as a number, a
// date or an address ("0x10", "1e3", " 5", "2026-02-30T00:00:00Z", "Jan 1
// 2026", "010.0.0.0/8") is not documented: the diff may not compare such a
// value with another one.

/** An integer or a decimal, as written in IAM's examples ("3600", "0.5", "-1"). */
const DECIMAL = /^-?\d+(\.\d+)?$/

/** Epoch time in whole seconds ("1767225600"). */
const EPOCH_SECONDS = /^\d+$/

/**
 * The W3C profile of ISO 8601 with a time (which the profile writes with a
 * time-zone designator): year, month, day, hour, minute, second, offset
 * hours and minutes. A date alone names a day, not the instant a Date
 * operator compares: which instant IAM takes is not documented. Fractions
 * of a second beyond milliseconds are more precise than the evaluator reads.
 */
const W3C_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A date-time whose fields name a real moment (the evaluator rolls "30 February" over into March; IAM may not). */
function isCalendarDateTime(text: string): boolean {
  const m = W3C_DATE_TIME.exec(text)
  if (!m) return false
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1, 9).map((f) => (f === undefined ? 0 : Number(f)))
  if (month < 1 || month > 12) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]
  return day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59
}

/**
 * Is the text of an IpAddress or NotIpAddress value the standard CIDR
 * notation IAM's condition operators page asks for ("The value must be in the
 * standard CIDR format (for example, 203.0.113.0/24 or
 * 2001:DB8:9234:5678::/64)")? Not with white space in or around it, nor with
 * an IPv4 part or a prefix length written with a leading zero (`010.0.0.0/8`,
 * `10.0.0.0/08`), which the evaluator reads as 10 and 8: a leading zero is
 * where readers part ways (inet_aton reads `010` as octal 8, Java's address
 * parser now refuses it), and IAM says nothing of it. An IPv6 group's leading
 * zeros are standard (`2001:0db8::`).
 */
function documentedAddress(value: string): boolean {
  if (/\s/.test(value)) return false
  const slash = value.indexOf('/')
  const address = slash < 0 ? value : value.slice(0, slash)
  if (slash >= 0 && /^0\d/.test(value.slice(slash + 1))) return false
  // The IPv4 parts: the whole address, or an IPv6 address's dotted tail (`::ffff:10.0.0.1`).
  const dotted = address.includes(':') ? address.slice(address.lastIndexOf(':') + 1) : address
  return dotted.split('.').every((part) => !/^0\d/.test(part))
}

/**
 * Does IAM read `value`, a value of the base operator `base`, as documented
 * (and so as the evaluator does)? Numeric, Date and IP address values have
 * forms IAM may read otherwise; every other value is read as written.
 */
export function documentedForm(base: string, value: string): boolean {
  if (base.startsWith('Numeric')) return DECIMAL.test(value)
  if (base.startsWith('Date')) return EPOCH_SECONDS.test(value) || isCalendarDateTime(value)
  if (base === 'IpAddress' || base === 'NotIpAddress') return documentedAddress(value)
  return true
}

/**
 * Digits a double tells apart: any two decimals of at most 15 significant
 * digits read as two different numbers, in their order (IEEE 754's DBL_DIG).
 * Past that, two values may read as one (9007199254740993 is 9007199254740992
 * in JavaScript), and IAM documents no precision of its own.
 */
const EXACT_DIGITS = 15

/**
 * The digits of a decimal that say its value: without the integer part's
 * leading zeros and the fraction's trailing zeros ("0010.500" -> "105"), but
 * with the fraction's leading zeros and the integer part's trailing ones, so
 * that a value of at most EXACT_DIGITS of them is also within 1e-15 and 1e15,
 * where a double neither overflows nor loses such a value.
 */
function valueDigits(decimal: string): string {
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.')
  return whole.replace(/^0+/, '') + fraction.replace(/0+$/, '')
}

/**
 * Does the diff compare `value`, a documented value of the base operator
 * `base`, exactly? The Numeric and Date families read numbers as doubles,
 * which tell apart decimals (and epoch seconds) of up to EXACT_DIGITS digits
 * only: a longer one is compared with no other value. Dates written in ISO
 * 8601 are whole milliseconds, which a double holds exactly.
 */
export function exactlyCompared(base: string, value: string): boolean {
  if (base.startsWith('Numeric') || (base.startsWith('Date') && EPOCH_SECONDS.test(value))) return valueDigits(value).length <= EXACT_DIGITS
  return true
}
