import type { RuleViolation } from './rules.js'

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
