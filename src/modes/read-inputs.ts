import * as core from '@actions/core'
import { formatInputError, type InputError, type InputReader, type Parsed } from '../core/inputs/input-error.js'
import { failStep } from '../report/step-annotations.js'

/**
 * Reads a mode's inputs through the runner. A bad one fails the step with one
 * `::error::` naming the input and the rule, and gives undefined: the caller
 * then returns before anything is written.
 */
export function readInputs<T>(parse: (read: InputReader) => Parsed<T>): T | undefined {
  const parsed = parse((name) => core.getInput(name))
  if (parsed.ok) return parsed.value
  failStep(formatInputError(withMisspellingNamed(parsed.error)))
  return undefined
}

/**
 * An input missing because the step spelt it otherwise (`role_name:` or
 * `rolename:` for role-name): the runner passes it as INPUT_ROLE_NAME, GitHub
 * warns of an unexpected input only in the run's annotations, and "is
 * required" alone sends the user to look for a value that is there. Only on
 * the failure path: nothing is read from the environment on a good run.
 */
function withMisspellingNamed(error: InputError): InputError {
  if (error.value !== undefined && error.value.trim() !== '') return error
  if (core.getInput(error.input).trim() !== '') return error
  const given = [error.input.replaceAll('-', '_'), error.input.replaceAll('-', '')].find(
    (spelling) => spelling !== error.input && (process.env[`INPUT_${spelling.toUpperCase()}`] ?? '').trim() !== ''
  )
  if (given === undefined) return error
  return { ...error, problem: `${error.problem} (the step gives '${given}', which is not an input of this action: the input is '${error.input}')` }
}
