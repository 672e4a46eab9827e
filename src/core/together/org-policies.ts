// The organisation's policies among the files: a service control policy (SCP)
// limits every IAM user and role of the member accounts it is attached to,
// and a resource control policy (RCP) every request on the resources there of
// the services it governs (AWS Organizations User Guide, "Authorization
// policies": the effective permissions are what the SCPs, the RCPs and the
// identity and resource policies all allow). The account's own policies may
// all allow the connector's calls, and an SCP's Deny of sts:AssumeRole or an
// RCP's of s3:* still refuses them: each of the connector's calls is
// evaluated against each such file. Where a file is attached is not in it:
// a finding says the call is refused wherever the file applies.
import type { NormalStatement } from '../iam/normalise.js'
import type { AccessRequest, Decision } from '../evaluate/types.js'
import { evaluateWithDerivedKeys } from './derived-keys.js'
import { documentPlace, statementPlace } from './position.js'
import type { Doc, Report } from './setup-context.js'
import { listText } from '../list-text.js'
import { statementName } from './failing-conditions.js'
import { rcpServices } from '../iam/catalog/index.js'
import { serviceOf } from '../lint/actions.js'

/** One request the connector makes, as it is evaluated. */
export interface ConnectorCall {
  request: AccessRequest
  /** The account of the caller (an SCP of that account limits it). */
  callerAccount: string
  /** The account that owns the resource (an RCP of that account governs it). */
  resourceAccount: string
  /** false when the resource's ARN is a stand-in whose Region no input gave (derived-keys.ts). */
  regionKnown?: boolean
  /** How a message names the call: `sts:AssumeRole on arn:...`. */
  what: string
}

/**
 * Is the call on a resource RCPs govern? The catalogue's list of the services that support RCPs (AWS
 * Organizations User Guide): of those the connector calls, S3, STS and KMS; not Redshift.
 */
const governedByRcps = (call: ConnectorCall): boolean => rcpServices().has(serviceOf(call.request.action)?.toLowerCase() ?? '')

/** What one file refuses: the calls, and the statement of the first Deny (none: the file allows none of them). */
interface Refusal {
  calls: ConnectorCall[]
  denyAt?: NormalStatement
}

/** `noteAllowed`: told each call a file does not refuse, with its decision and the file (SetupContext.noteAllowed). */
export function checkOrgPolicies(scps: Doc[], rcps: Doc[], calls: readonly ConnectorCall[], report: Report, noteAllowed?: (decision: Decision, what: string, doc: Doc) => void): void {
  const noted = (doc: Doc, call: ConnectorCall, d: Decision): Decision => {
    if (d.effect !== 'ExplicitDeny') noteAllowed?.(d, call.what, doc)
    return d
  }
  for (const scp of scps) {
    // An SCP that allows nothing is a list of guardrails attached beside FullAWSAccess: only its Denies count.
    const allowList = scp.policy.statements.some((s) => s.effect === 'Allow')
    const refusal = refusedBy(scp, calls, (call) => noted(scp, call, evaluateWithDerivedKeys(call.request, { identityPolicies: [scp.policy], resourceAccount: call.resourceAccount }, call.regionKnown ?? true)), allowList)
    if (refusal) reportRefusal(report, scp, refusal, 'service control policy', (call) => `the principals of account ${call.callerAccount}`)
  }
  const governed = calls.filter(governedByRcps)
  for (const rcp of rcps) {
    // An RCP allows only as RCPFullAWSAccess does, which AWS attaches everywhere: only its Denies count.
    const refusal = refusedBy(
      rcp,
      governed,
      (call) => noted(rcp, call, evaluateWithDerivedKeys(call.request, { identityPolicies: [], resourcePolicy: rcp.policy, resourceAccount: call.resourceAccount, resourcePolicyKind: 'other' }, call.regionKnown ?? true)),
      false
    )
    if (refusal) reportRefusal(report, rcp, refusal, 'resource control policy', (call) => `the resources of account ${call.resourceAccount}`)
  }
}

/**
 * The calls the file refuses: by an explicit Deny, or (`mustAllow`) by allowing none of its statements to them.
 * One decision per call; each reads the file once, so the work is the calls times the file's size.
 */
function refusedBy(doc: Doc, calls: readonly ConnectorCall[], decide: (call: ConnectorCall) => Decision, mustAllow: boolean): Refusal | undefined {
  const refused: ConnectorCall[] = []
  let denyAt: NormalStatement | undefined
  for (const call of calls) {
    const d = decide(call)
    if (d.effect === 'ExplicitDeny') {
      refused.push(call)
      const ref = d.matched.find((r) => r.effect === 'Deny')
      denyAt ??= ref ? doc.policy.statements.find((s) => s.index === ref.statement) : undefined
    } else if (mustAllow && !d.matched.some((r) => r.effect === 'Allow')) refused.push(call)
  }
  return refused.length > 0 ? { calls: refused, ...(denyAt ? { denyAt } : {}) } : undefined
}

function reportRefusal(report: Report, doc: Doc, refusal: Refusal, kindName: string, whose: (call: ConnectorCall) => string): void {
  const { calls, denyAt } = refusal
  const scope = listText([...new Set(calls.map(whose))], 2)
  const why = denyAt ? `${statementName(denyAt)} of this ${kindName} denies ${calls.length === 1 ? 'it' : 'them'}` : `this ${kindName} allows none of ${calls.length === 1 ? 'it' : 'them'}, and one attached above an account must allow what is done there`
  report(
    'RTC721',
    doc.file,
    denyAt ? statementPlace(doc.file, denyAt.index) : documentPlace(doc.file),
    `The Redshift connector will get AccessDenied on ${listText(calls.map((c) => c.what), 3, '; ')} wherever ${doc.file.file} applies (to ${scope}): ${why}`,
    denyAt
      ? `Leave the connector's requests out of ${statementName(denyAt)} (e.g. a condition on aws:PrincipalArn naming the connector's principals), or attach ${doc.file.file} where the connector's accounts are not`
      : `Allow ${listText([...new Set(calls.map((c) => c.request.action))], 4)} in ${doc.file.file}, or attach it where the connector's accounts are not`
  )
}
