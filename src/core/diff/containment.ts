// Does one version of a document allow nothing the other does not? The
// file's verdict asks this before it drops a direction no witness request
// shows (see confirmVerdict in ./semantic-diff.ts): a broadening is only
// ever dropped on this proof, never because a search found nothing.
//
// The proof, for `to` allowing no more than `from`, in every witness setting
// (../diff/witness.ts: the document alone, or next to a policy that allows
// everything):
//  1. every Deny of `from` is denied by `to` too (so nothing `from` refused
//     by a Deny is let through by a missing Deny), and
//  2. every Allow of `to`, less what `to`'s Denies take back, is allowed by
//     `from`: the Allow is covered by `from`'s Allows, or denied whole by
//     `to`'s Denies, or what the Denies leave of it is covered.
// A request `to` allows is then matched by an Allow of `to` and by no Deny of
// `to`: by 2 an Allow of `from` matches it, and by 1 no Deny of `from` does.
// The evaluator's decision grows with the Allows that match and shrinks with
// the Denies, so `from` allows it too. Every step asks ./coverage.ts, whose
// answers are conservative ("not covered" when unsure): the proof may fail
// where the claim holds, never the other way round.
import { appliesWherever, excludesEvery, GrantIndex, type Grant } from './coverage.js'
import type { DiffStatement } from './statements.js'
import { DiffWork } from './work.js'

/** What one proof may spend (units of ./work.ts): about half a second. */
export const CONTAINMENT_WORK_BUDGET = 5_000_000

/** Statements taken out of one Allow (each is a few coverage questions). */
const TAKEN_OUT_PER_ALLOW = 64

interface Version {
  Allow: GrantIndex<DiffStatement>
  Deny: GrantIndex<DiffStatement>
}

function versionOf(statements: readonly DiffStatement[], work: DiffWork): Version {
  return {
    Allow: new GrantIndex(statements.filter((s) => s.effect === 'Allow'), work),
    Deny: new GrantIndex(statements.filter((s) => s.effect === 'Deny'), work)
  }
}

/** A statement that matches no request (an empty list, neither Action nor NotAction, a NotAction, NotResource or NotPrincipal of every value). */
function matchesNothing(s: Grant): boolean {
  return s.principal?.length === 0 || s.action?.length === 0 || (!s.action && !s.notAction) || s.resource?.length === 0 || excludesEvery(s) !== undefined
}

const DIMENSIONS = [
  { pos: 'action', neg: 'notAction', except: 'exceptAction' },
  { pos: 'resource', neg: 'notResource', except: 'exceptResource' }
] as const

/**
 * What `other` (a Deny of `to`, or an Allow of `from`) leaves of `part` when
 * it applies wherever `part` does except in one dimension (Action or
 * Resource): `part` limited to the values it does not take (one on
 * NotResource N leaves only N; one on Resource P leaves the values outside
 * P). The result holds all of `part \ other` (maybe more, which only makes
 * a proof fail); undefined when `other` differs from `part` in more than
 * that dimension.
 */
function leftBy(part: Grant, other: DiffStatement, work: DiffWork): Grant | undefined {
  for (const d of DIMENSIONS) {
    // Read as a Deny (an account takes in its principals) only when it is one: an Allow names exactly.
    const everywhere: Grant = { ...other, [d.pos]: ['*'], [d.neg]: undefined }
    if (!appliesWherever(everywhere, part, work)) continue
    const taken = other[d.pos]
    const kept = other[d.neg]
    if (kept) {
      // Only N is left: part's own list is dropped (a region that holds more is still sound), its exclusions kept.
      const excepted = [...(part[d.except] ?? []), ...(part[d.neg] ?? [])]
      return { ...part, [d.pos]: kept, [d.neg]: undefined, [d.except]: excepted.length > 0 ? excepted : undefined }
    }
    if (!taken) continue
    if (part[d.neg]) return { ...part, [d.neg]: [...(part[d.neg] ?? []), ...taken] }
    if (part[d.pos]) return { ...part, [d.except]: [...(part[d.except] ?? []), ...taken] }
  }
  return undefined
}

/**
 * Is what `to` allows of `allow` (less `to`'s Denies) allowed by `from`? The
 * part is covered by one statement (or several, as GrantIndex.find splits
 * it); failing that, the Denies of `to` and the Allows of `from` are taken
 * out of it one by one (leftBy), and what is left is asked again: `NotAction
 * kms:Decrypt` is covered by `NotAction s3:Get*` and `s3:*` together.
 */
function allowCovered(allow: DiffStatement, from: Version, to: Version, work: DiffWork): boolean {
  let part: Grant = allow
  const covered = (p: Grant) => from.Allow.find(p) !== undefined || to.Deny.find({ ...p, effect: 'Deny' }) !== undefined
  if (covered(part)) return true
  let tried = 0
  for (const list of [to.Deny.grants, from.Allow.grants]) {
    for (const other of list) {
      if (work.spent || tried++ >= TAKEN_OUT_PER_ALLOW) return false
      if (matchesNothing(other)) continue
      const left = leftBy(part, other, work)
      if (!left) continue
      part = left
      if (covered(part)) return true
    }
  }
  return false
}

/**
 * Proven: in every setting, each request the `to` statements allow, the
 * `from` statements allow too. False when not proven (or past the budget).
 */
export function allowsNoMore(fromStatements: readonly DiffStatement[], toStatements: readonly DiffStatement[], budget = CONTAINMENT_WORK_BUDGET): boolean {
  const work = new DiffWork(budget)
  const from = versionOf(fromStatements, work)
  const to = versionOf(toStatements, work)
  for (const deny of from.Deny.grants) {
    if (matchesNothing(deny)) continue
    if (!to.Deny.find(deny) || work.spent) return false
  }
  for (const allow of to.Allow.grants) {
    if (matchesNothing(allow)) continue
    if (!allowCovered(allow, from, to, work) || work.spent) return false
  }
  return !work.spent
}
