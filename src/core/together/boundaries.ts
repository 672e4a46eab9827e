// Permissions boundaries among the files (of the `boundary` kind): a boundary
// set on an IAM user or role limits what its identity policies can grant
// ("Permissions boundaries for IAM entities": the entity may do only what both
// allow). A role policy's Allow of the KMS actions that the role's boundary
// does not allow does not work, and a Deny in the boundary wins over
// everything. The file does not say whose boundary it is: one that lets some
// of the role's calls through is read as the role's, one that lets only the
// requester's sts:AssumeRole through as the requester's, and one that lets
// none through is reported for both. Each call is decided as evaluate.ts
// decides it with the boundary given (a Deny in it wins; within one account a
// resource policy's grant to the user's own ARN stands without it), put
// together from what any boundary does to the call, read once, and the
// boundary file's own verdict, read alone: linear in the files.
import { normalisePolicy, type NormalPolicy } from '../iam/normalise.js'
import type { Decision, StatementRef } from '../evaluate/types.js'
import { documentPlace, statementPlace } from './position.js'
import type { Doc, Report } from './setup-context.js'
import { listText } from '../list-text.js'
import { statementName } from './failing-conditions.js'

/** One of the connector's calls, evaluated as its own check evaluates it, with a boundary or without one. */
export interface BoundedCall {
  /** The requester's sts:AssumeRole, or one of the role session's calls. */
  whose: 'requester' | 'role'
  /** How a message names the call: `kms:Decrypt on arn:...`. */
  what: string
  /** The call with all the policies its check reads (the caller's, the resource's), and this boundary if given. */
  decide(boundary?: NormalPolicy): Decision
  /** The same request judged by the boundary alone (an identity policy that allows everything beside it). */
  byBoundary(boundary: NormalPolicy): Decision
}

const MUST = (doc: unknown): NormalPolicy => {
  const p = normalisePolicy(doc)
  if (!p) throw new Error('a built-in policy did not normalise')
  return p
}
/** A boundary that lets everything through: what a boundary changes whatever it says (a NotPrincipal Deny applies). */
const LETS_ALL = MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
/** A boundary that lets nothing through: what stands without one (a same-account grant to the user's own ARN). */
const LETS_NONE = MUST({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'redshift-connector:none', Resource: '*' }] })

/**
 * The boundary each principal has, when exactly one file is read as its alone (it lets some of that principal's calls
 * through and none of the other's): the checks of what a principal must not reach (RTC709, RTC711, RTC712, RTC715, RTC718, RTC720) read it,
 * so that a grant its boundary takes back is not reported. None when no file, or several, is read so.
 */
export interface SoleBoundaries {
  requester?: NormalPolicy
  role?: NormalPolicy
}

/** `who`: how messages name the requester and the role. `noteAllowed`: told each call a boundary lets through (SetupContext.noteAllowed). */
export function checkBoundaries(
  boundaries: Doc[],
  calls: readonly BoundedCall[],
  who: { requester: string; role: string },
  report: Report,
  noteAllowed?: (decision: Decision, what: string, docOf: (ref: StatementRef) => Doc | undefined) => void
): SoleBoundaries {
  if (boundaries.length === 0) return {}
  const onlyOf = { requester: [] as NormalPolicy[], role: [] as NormalPolicy[] }
  // The calls that work without a boundary (the others are the other checks' findings already), and what any
  // boundary does to them: read once, whatever the number of boundary files. Each file then costs one decision per
  // call that reads the file alone: a pull request's thousands of boundary files beside thousands of role policies
  // cost their sum, not their product.
  const working = calls
    .filter((call) => call.decide().effect === 'Allow')
    .map((call) => ({ call, anyBoundary: call.decide(LETS_ALL), noBoundaryAllow: call.decide(LETS_NONE).effect === 'Allow' }))
  for (const doc of boundaries) {
    const refused: Array<{ call: BoundedCall; decision: Decision }> = []
    const passed = { requester: false, role: false }
    for (const { call, anyBoundary, noBoundaryAllow } of working) {
      const alone = call.byBoundary(doc.policy)
      // A Deny in the boundary, else a Deny any boundary brings (NotPrincipal), else the boundary's Allow, else a
      // grant that needs no boundary: the decision evaluate makes with every policy and this boundary.
      const decision = alone.effect === 'ExplicitDeny' ? alone : anyBoundary.effect !== 'Allow' ? anyBoundary : alone.effect === 'Allow' || noBoundaryAllow ? anyBoundary : alone
      if (decision.effect === 'Allow') {
        // Let through by the boundary's own Allow (not only by a grant to the user's ARN, which needs none).
        if (alone.effect === 'Allow') passed[call.whose] = true
        noteAllowed?.(alone, call.what, (ref) => (ref.source === 'boundary' ? doc : undefined))
      } else refused.push({ call, decision })
    }
    if (passed.requester !== passed.role) onlyOf[passed.requester ? 'requester' : 'role'].push(doc.policy)
    // Whose boundary it may be: one that lets only the requester's call through is not the role's, and the reverse.
    for (const whose of ['role', 'requester'] as const) {
      const other = whose === 'role' ? 'requester' : 'role'
      const mine = refused.filter((r) => r.call.whose === whose)
      if (mine.length === 0 || (passed[other] && !passed[whose])) continue
      const deny = mine.map((r) => r.decision.matched.find((ref) => ref.source === 'boundary' && ref.effect === 'Deny')).find((ref) => ref !== undefined)
      const denyAt = deny ? doc.policy.statements.find((s) => s.index === deny.statement) : undefined
      // Denied, and not by the boundary: a resource policy's Deny with NotPrincipal, which AWS applies to every
      // principal that has a boundary, whatever it lists.
      const notPrincipalDeny = !denyAt && mine.some((r) => r.decision.effect === 'ExplicitDeny')
      const name = who[whose]
      const them = mine.length === 1 ? 'it' : 'them'
      const why = denyAt
        ? `${statementName(denyAt)} of it denies ${them}`
        : notPrincipalDeny
          ? `a Deny with NotPrincipal in the resource's policy denies ${them}: AWS applies such a Deny to every principal that has a permissions boundary, whatever NotPrincipal lists`
          : `it does not allow ${them}, and an Allow in ${whose === 'role' ? "the role's" : "the requester's"} policies outside its boundary does not work`
      report(
        'RTC724',
        doc.file,
        denyAt ? statementPlace(doc.file, denyAt.index) : documentPlace(doc.file),
        `The Redshift connector will get AccessDenied on ${listText(
          mine.map((r) => r.call.what),
          3,
          '; '
        )} if ${doc.file.file} is the permissions boundary of ${name}: ${why}`,
        denyAt
          ? `Leave the connector's calls out of ${statementName(denyAt)} of ${doc.file.file}`
          : notPrincipalDeny
            ? `Write the resource policy's Deny with the condition ArnNotEquals aws:PrincipalArn instead of NotPrincipal`
            : `Allow ${listText([...new Set(mine.map((r) => r.call.what.split(' ')[0]))], 4)} in ${doc.file.file}, or set another boundary on ${name}`
      )
    }
  }
  return {
    ...(onlyOf.requester.length === 1 ? { requester: onlyOf.requester[0] } : {}),
    ...(onlyOf.role.length === 1 ? { role: onlyOf.role[0] } : {})
  }
}
