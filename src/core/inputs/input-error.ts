import type { RuleResult, RuleViolation } from './rules.js'

/** A bad action input, as a value: which input, what is wrong, which rule. */
export interface InputError extends RuleViolation {
  input: string
  /** Shown only where it is safe to echo (never secrets). */
  value?: string
}

export function formatInputError(error: InputError): string {
  const shown = error.value === undefined ? '' : ` ${JSON.stringify(truncate(error.value, 80))}`
  return `Input '${error.input}':${shown} ${error.problem}. Expected ${error.rule}.`
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`
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
