import { quotedText } from '../visible-text.js'
import type { RuleResult, RuleViolation } from './rules.js'

/** A bad action input, as a value: which input, what is wrong, which rule. */
export interface InputError extends RuleViolation {
  input: string
  /** Shown only where it is safe to echo (never secrets). */
  value?: string
}

export function formatInputError(error: InputError): string {
  // As typed (a path's backslash as one, where JSON doubled it), with what would break the line, end the quote, or
  // reorder or hide the message around it (a bidi override, a zero-width space) written as \u{XXXX}.
  const shown = error.value === undefined ? '' : ` ${quotedText(error.value, SHOWN_CHARACTERS)}`
  return `Input '${error.input}':${shown} ${error.problem}. Expected ${error.rule}.`
}

/** How many characters of an input's value (or a path made from it) an error message shows. */
export const SHOWN_CHARACTERS = 80

/**
 * Text from an input as an error message shows it: at most SHOWN_CHARACTERS,
 * then '…'. A value may be 100 KB; the annotation must stay readable.
 */
export function shownInMessage(text: string): string {
  return text.length <= SHOWN_CHARACTERS ? text : `${text.slice(0, SHOWN_CHARACTERS)}…`
}

/** Reads one input by its public name; '' when not set (as @actions/core does). */
export type InputReader = (name: string) => string

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: InputError }

/**
 * A rule's verdict on one input's raw value, naming the input when it fails.
 * `echo: false` keeps the value out of the message (external ids).
 */
export function checkInput<T>(input: string, raw: string, result: RuleResult<T>, echo = true): Parsed<T> {
  if (result.ok) return result
  return { ok: false, error: { input, ...(echo ? { value: raw } : {}), problem: result.problem, rule: result.rule } }
}

/**
 * A bad input found where a value cannot be returned (the write of the file
 * set finds a folder in the way that appeared after the check): thrown, and
 * reported as the one ::error:: of formatInputError, with no stack.
 */
export class RefusedInput extends Error {
  constructor(readonly inputError: InputError) {
    super(formatInputError(inputError))
    this.name = 'RefusedInput'
  }
}
