// Which Numeric, Date, IP address and Bool condition values the diff may
// compare with another: those in a form IAM documents, read by the module the
// linter and the evaluator share (../../iam/value-forms.ts). What IAM makes of
// other text that JavaScript reads as a number, a date or an address ("0x10",
// "1e3", " 5", "2026-01-01", "Jan 1 2026", "010.0.0.0/8") is not documented:
// a change that involves such a value is not known.
import { readConditionValue, valueFamilyOf } from '../../iam/value-forms.js'

/** Epoch time in whole seconds ("1767225600"). */
const EPOCH_SECONDS = /^\d+$/

/**
 * Does IAM read `value`, a value of the base operator `base`, as documented
 * (and so as the evaluator does)? Numeric, Date, IP address and Bool values
 * have forms IAM may read otherwise; every other value is read as written.
 */
export function documentedForm(base: string, value: string): boolean {
  const family = valueFamilyOf(base)
  return family === undefined || readConditionValue(family, value).form === 'documented'
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
  // The fraction's trailing zeros counted off its end: /0+$/ tried each zero as the start of the run, quadratic on
  // a value of a pull request ("1.000…0001": 200,000 zeros took 20 s, in validate's drift check with no budget).
  let end = fraction.length
  while (end > 0 && fraction.charCodeAt(end - 1) === 48 /* 0 */) end--
  return whole.replace(/^0+/, '') + fraction.slice(0, end)
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
