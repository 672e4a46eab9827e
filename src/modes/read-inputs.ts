import * as core from '@actions/core'
import { formatInputError, type InputReader, type Parsed } from '../core/inputs/input-error.js'
import { failStep } from '../report/step-annotations.js'

/**
 * Reads a mode's inputs through the runner. A bad one fails the step with one
 * `::error::` naming the input and the rule, and gives undefined: the caller
 * then returns before anything is written.
 */
export function readInputs<T>(parse: (read: InputReader) => Parsed<T>): T | undefined {
  const parsed = parse((name) => core.getInput(name))
  if (parsed.ok) return parsed.value
  failStep(formatInputError(parsed.error))
  return undefined
}
