import * as core from '@actions/core'
import { oneOf } from './core/inputs/rules.js'
import { checkInput, formatInputError, RefusedInput } from './core/inputs/input-error.js'
import { runGenerate } from './modes/generate.js'
import { messageOf } from './core/async.js'
import { failStep } from './report/step-annotations.js'

export const MODES = ['generate', 'validate'] as const

/** Reads the mode and hands over to it; every failure ends as one ::error::. */
export async function run(): Promise<void> {
  try {
    const raw = core.getInput('mode') || 'generate'
    const mode = checkInput('mode', raw, oneOf(MODES, raw))
    if (!mode.ok) {
      failStep(formatInputError(mode.error))
      return
    }
    if (mode.value === 'generate') await runGenerate()
    else {
      // Loaded only when asked for: the linter's catalogue is large.
      const { runValidate } = await import('./modes/validate.js')
      await runValidate()
    }
  } catch (error) {
    // A bad input found late: its one message, as the early checks give it.
    if (error instanceof RefusedInput) {
      failStep(error.message)
      return
    }
    // Only bugs and broken infrastructure reach here: keep the stack for debugging.
    if (error instanceof Error && error.stack) core.debug(error.stack)
    failStep(messageOf(error))
  }
}
