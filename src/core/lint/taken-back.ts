// An Allow that an unconditional Deny of the same document takes back whole:
// every action it names, on every resource it names, for every principal it
// names. It grants nothing, so the findings about what it grants (RTC603-
// RTC607, RTC617-RTC619) would say something untrue. A Deny with a Condition,
// NotAction, NotResource or NotPrincipal is not read: what it leaves out is
// not certain.
import { arnPatternCovers, patternCovers } from '../iam/wildcard.js'
import { isPrincipalStar, type LintContext, type StatementView } from './context.js'

/**
 * Only the first denies of a document are read: a hostile file could write
 * thousands, and each is compared with every Allow asked about.
 */
const DENIES_READ = 32

/** The unconditional, plain Deny statements of a document, by context (read once per document). */
const deniesOf = new WeakMap<LintContext, readonly StatementView[]>()

function plainDenies(ctx: LintContext): readonly StatementView[] {
  let denies = deniesOf.get(ctx)
  if (denies === undefined) {
    const found: StatementView[] = []
    for (let i = 0, statements = ctx.statements; i < statements.length && found.length < DENIES_READ; i++) {
      const d = statements[i]
      const e = d.elements
      if (d.effect !== 'Deny' || e.Condition !== undefined || e.NotAction !== undefined || e.NotResource !== undefined || e.NotPrincipal !== undefined) continue
      if (d.actions.length === 0 || d.resources.length === 0) continue
      found.push(d)
    }
    denies = found
    deniesOf.set(ctx, denies)
  }
  return denies
}

function deniesEveryAction(d: StatementView, s: StatementView): boolean {
  if (d.lowerActions.some((a) => a === '*' || a === '*:*')) return true
  // What a NotAction grants is every action but some: only "*" denies it all.
  if (s.elements.NotAction !== undefined || s.actions.length === 0) return false
  return s.lowerActions.every((a) => d.lowerActions.some((g) => patternCovers(g, a, true)))
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
    if (deniesEveryPrincipal(d) && deniesEveryAction(d, s) && deniesEveryResource(d, s)) return true
  }
  return false
}
