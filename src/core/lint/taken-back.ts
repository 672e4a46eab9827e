// An Allow that an unconditional Deny of the same document takes back whole:
// every action it names, on every resource it names, for every principal it
// names. It grants nothing, so the findings about what it grants (RTC603-
// RTC607, RTC617-RTC619) would say something untrue. A Deny with a Condition,
// NotAction, NotResource or NotPrincipal is not read: what it leaves out is
// not certain.
import { arnPatternCovers, patternCovers } from '../iam/wildcard.js'
import { isEveryAction } from './actions.js'
import { hasCondition, isPrincipalStar, type FindingDraft, type LintContext, type StatementView } from './context.js'
import { oncePerObject } from '../once-per-object.js'

/**
 * Only the first denies of a document are read: a hostile file could write
 * thousands, and each is compared with every Allow asked about.
 */
const DENIES_READ = 32

/** A plain Deny, with its actions split for the question asked of every Allow: which of them it names. */
interface PlainDeny {
  view: StatementView
  /** It names "*" or "*:*". */
  everyAction: boolean
  /** Its action names without a wildcard, lower case: an Allow's action is looked up, not matched. */
  names: ReadonlySet<string>
  /** Its action patterns with a wildcard, lower case. */
  patterns: readonly string[]
}

/** The unconditional, plain Deny statements of a document, by context (read once per document). */
const plainDenies = oncePerObject((ctx: LintContext): readonly PlainDeny[] => {
  const found: PlainDeny[] = []
  for (let i = 0, statements = ctx.statements; i < statements.length && found.length < DENIES_READ; i++) {
    const d = statements[i]
    const e = d.elements
    if (d.effect !== 'Deny' || hasCondition(d) || e.NotAction !== undefined || e.NotResource !== undefined || e.NotPrincipal !== undefined) continue
    if (d.actions.length === 0 || d.resources.length === 0) continue
    const names = new Set<string>()
    const patterns: string[] = []
    for (const a of d.lowerActions) {
      if (a.includes('*') || a.includes('?')) patterns.push(a)
      else names.add(a)
    }
    found.push({ view: d, everyAction: patterns.some(isEveryAction), names, patterns })
  }
  return found
})

function deniesEveryAction(d: PlainDeny, s: StatementView): boolean {
  if (d.everyAction) return true
  // What a NotAction grants is every action but some: only "*" denies it all.
  if (s.elements.NotAction !== undefined || s.actions.length === 0) return false
  return s.lowerActions.every((a) => d.names.has(a) || d.patterns.some((g) => patternCovers(g, a, true)))
}

function deniesEveryResource(d: StatementView, s: StatementView): boolean {
  if (d.everyResource !== undefined) return true
  if (s.elements.NotResource !== undefined || s.resources.length === 0) return false
  return s.resources.every((r) => d.resources.some((g) => arnPatternCovers(g.value, r.value)))
}

/** The Deny names no principal (an identity policy), or every principal. */
function deniesEveryPrincipal(d: StatementView): boolean {
  return d.elements.Principal === undefined || d.principals.some(isPrincipalStar)
}

/** Does an unconditional Deny of the document take the Allow statement `s` back whole? */
export function takenBackByDeny(ctx: LintContext, s: StatementView): boolean {
  if (s.effect !== 'Allow') return false
  const denies = plainDenies(ctx)
  for (let i = 0; i < denies.length; i++) {
    const d = denies[i]
    if (deniesEveryPrincipal(d.view) && deniesEveryAction(d, s) && deniesEveryResource(d.view, s)) return true
  }
  return false
}

/**
 * Takes back out of `out`, from index `from` on, what the rules that read
 * what `s` grants said of it, when a Deny of the document takes the statement
 * back whole. The Deny is looked for only when there is something to take
 * back: comparing a statement with every plain Deny costs more than those
 * rules, and most statements give them nothing to say.
 */
export function dropIfTakenBack(ctx: LintContext, s: StatementView, out: FindingDraft[], from: number): void {
  if (out.length > from && takenBackByDeny(ctx, s)) out.length = from
}
