// Permissions boundaries among the files (of the `boundary` kind): a boundary
// set on an IAM user or role limits what its identity policies can grant
// ("Permissions boundaries for IAM entities": the entity may do only what both
// allow). A role policy's Allow of the KMS actions that the role's boundary
// does not allow does not work, and a Deny in the boundary wins over
// everything. The file does not say whose boundary it is: one that lets some
// of the role's calls through is read as the role's, one that lets only the
// requester's sts:AssumeRole through as the requester's, and one that lets
// none through is reported for both. Each call is evaluated as the other
// checks do, with the boundary added (evaluate.ts: within one account a
// resource policy's grant to the user's own ARN stands without it).
import type { NormalPolicy } from '../iam/normalise.js'
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
  decide(boundary?: NormalPolicy): Decision
}

/** `who`: how messages name the requester and the role. `noteAllowed`: told each call a boundary lets through (SetupContext.noteAllowed). */
export function checkBoundaries(
  boundaries: Doc[],
  calls: readonly BoundedCall[],
  who: { requester: string; role: string },
  report: Report,
  noteAllowed?: (decision: Decision, what: string, docOf: (ref: StatementRef) => Doc | undefined) => void
): void {
  if (boundaries.length === 0) return
  // The calls that work without a boundary: the others are the other checks' findings already. Once for all files.
  const working = calls.filter((call) => call.decide().effect === 'Allow')
  for (const doc of boundaries) {
    const refused: Array<{ call: BoundedCall; decision: Decision }> = []
    const passed = { requester: false, role: false }
    for (const call of working) {
      const decision = call.decide(doc.policy)
      if (decision.effect === 'Allow') {
        // Let through by the boundary's own Allow (not only by a grant to the user's ARN, which needs none).
        if (decision.matched.some((ref) => ref.source === 'boundary' && ref.effect === 'Allow')) passed[call.whose] = true
        noteAllowed?.(decision, call.what, (ref) => (ref.source === 'boundary' ? doc : undefined))
      } else refused.push({ call, decision })
    }
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
}
