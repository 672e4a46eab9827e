// Action patterns with a wildcard in the service prefix ("*:*a*", "s3*:Get*").
// IAM rejects them (RTC201), but the rules that read what a statement grants
// (RTC307-RTC310, RTC617-RTC619) still expand them as a match would read them,
// and each distinct one reads every action of every service it names: the
// whole catalogue, about 22,000 names, close to a millisecond. A repository
// can write thousands of distinct ones, a few bytes each, in one file or in
// many (about a minute per MiB). So a run expands only the first
// SERVICE_WILDCARD_EXPANSIONS distinct ones; past that the rules skip such a
// pattern, and the file gets one RTC006 that says its grants were not read in
// full. Patterns with a plain service prefix are not counted: they read one
// service's names, and the catalogue's memo serves them again.
import type { JsonString, Span } from '../json-ast/types.js'
import type { ActionInfo } from '../iam/catalog/index.js'
import { actionsMatching, lowerAction } from './actions.js'
import { groupDigits } from '../digits.js'
import { hasVendorWildcard } from '../iam/action-vendor.js'

/** A FindingDraft (context.ts, which holds this module's class and so is not imported here). */
interface Draft {
  code: string
  span: Span
  message: string
  hint: string
}

/** Distinct service-wildcard patterns one run expands (validate shares one budget across its files). */
export const SERVICE_WILDCARD_EXPANSIONS = 16

/** Is there a '*' or '?' before the first colon of an action pattern? (`*` alone has no colon.) */
export const hasServiceWildcard = hasVendorWildcard

/** The service-wildcard patterns a run has expanded; one for each validate run, or one per file linted alone. */
export class ServiceWildcardBudget {
  readonly #expanded = new Set<string>()

  /** May the (lower-cased) pattern be expanded? One already expanded stays free, so a file's verdict does not turn on how often it repeats it. */
  admits(lower: string): boolean {
    if (this.#expanded.has(lower)) return true
    if (this.#expanded.size >= SERVICE_WILDCARD_EXPANSIONS) return false
    this.#expanded.add(lower)
    return true
  }
}

/** One file's expansions of its action patterns, and what it had to leave unexpanded. */
export class ActionExpansions {
  #firstSkipped: JsonString | undefined
  readonly #skipped = new Set<string>()

  constructor(private readonly budget: ServiceWildcardBudget) {}

  /** The actions `action` matches (see actionsMatching); undefined when it is a service-wildcard pattern past the run's budget. */
  of(action: JsonString): readonly ActionInfo[] | undefined {
    const pattern = action.value
    if (hasServiceWildcard(pattern)) {
      const lower = lowerAction(pattern)
      if (!this.budget.admits(lower)) {
        this.#firstSkipped ??= action
        this.#skipped.add(lower)
        return undefined
      }
    }
    return actionsMatching(pattern)
  }

  /** RTC006 when some pattern was left unexpanded: the file's grants were not read in full. */
  finding(): Draft | undefined {
    const first = this.#firstSkipped
    if (first === undefined) return undefined
    const n = this.#skipped.size
    const which = n === 1 ? 'This action pattern, with a wildcard in the service prefix, was' : `This and ${groupDigits(n - 1)} more action pattern${n === 2 ? '' : 's'} with a wildcard in the service prefix were`
    return {
      code: 'RTC006',
      span: first.span,
      message: `${which} not expanded against the action catalogue: a run expands the first ${SERVICE_WILDCARD_EXPANSIONS} distinct ones, so what ${n === 1 ? 'it grants' : 'they grant'} was not checked (RTC307-RTC310, RTC617-RTC619).`,
      hint: 'Write each action with its service prefix, e.g. "s3:Get*": IAM rejects a wildcard in the prefix (RTC201), and the file is then checked in full.'
    }
  }
}
