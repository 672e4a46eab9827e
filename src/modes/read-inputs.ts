import * as core from '@actions/core'
import { formatInputError, type InputError, type InputReader, type Parsed } from '../core/inputs/input-error.js'
import { failStep } from '../report/step-annotations.js'

/**
 * Reads a mode's inputs through the runner. A bad one fails the step with one
 * `::error::` naming the input and the rule, and gives undefined: the caller
 * then returns before anything is written. So does an input whose name the
 * step spelt otherwise (below).
 */
export function readInputs<T>(parse: (read: InputReader) => Parsed<T>): T | undefined {
  const read = new Set<string>()
  const parsed = parse((name) => {
    read.add(name)
    return core.getInput(name)
  })
  if (!parsed.ok) {
    failStep(formatInputError(withMisspellingNamed(parsed.error)))
    return undefined
  }
  // An input spelt otherwise reads as empty or as its default, which narrows nothing: `external_id:` would make a
  // trust policy without its sts:ExternalId condition, `staging_prefix:` one for the whole bucket, `db_name:` any
  // database, `role_path:` the role at '/'. The runner only warns of an unexpected input in the run's annotations;
  // here it is a bad input like any other.
  for (const input of read) {
    const given = misspellingGiven(input)
    if (given !== undefined) {
      const problem = `is read under that name, and the step gives '${given}' instead, which is not an input of this action (the runner passes it on, unread, and '${input}' has no value or its default)`
      failStep(formatInputError({ input, problem, rule: `the name '${input}' in the step's with:` }))
      return undefined
    }
  }
  return parsed.value
}

/**
 * The other spelling of `input` that the step gives a value under (`role_name:` or `rolename:` for role-name): the
 * runner passes it as INPUT_ROLE_NAME.
 */
function misspellingGiven(input: string): string | undefined {
  return [input.replaceAll('-', '_'), input.replaceAll('-', '')].find(
    (spelling) => spelling !== input && (process.env[`INPUT_${spelling.toUpperCase()}`] ?? '').trim() !== ''
  )
}

const misspeltProblem = (given: string, input: string, problem: string): string =>
  `${problem} (the step gives '${given}', which is not an input of this action: the input is '${input}')`

/**
 * A required input missing because the step spelt it otherwise: "is required" alone sends the user to look for a
 * value that is there. Only on the failure path.
 */
function withMisspellingNamed(error: InputError): InputError {
  if (error.value !== undefined && error.value.trim() !== '') return error
  if (core.getInput(error.input).trim() !== '') return error
  const given = misspellingGiven(error.input)
  if (given === undefined) return error
  return { ...error, problem: misspeltProblem(given, error.input, error.problem) }
}
