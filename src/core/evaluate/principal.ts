// Who the caller is, and whether a Principal or NotPrincipal element names
// them. IAM accepts no wildcard in a Principal except the bare "*", so any
// other pattern never matches (the linter reports it; IAM rejects the policy).
import type { PrincipalMap } from '../iam/normalise.js'
import { hasWildcard } from '../iam/wildcard.js'
import { isAccountId, wholeAccountOf } from '../iam/arn.js'
import { onServicePrincipalDomain } from '../iam/service-principal.js'
import type { RequestPrincipal } from './types.js'

/** Reads a caller from its ARN (or a bare account id, a service name, '*' for anonymous). */
export function principalFromArn(arn: string): RequestPrincipal {
  if (arn === '' || arn === '*') return { kind: 'anonymous', arn: '' }
  if (isAccountId(arn)) return { kind: 'root', arn: `arn:aws:iam::${arn}:root`, account: arn, partition: 'aws' }
  // A service principal of any partition (ec2.amazonaws.com, ec2.c2s.ic.gov in aws-iso): a DNS name, not an ARN.
  if (onServicePrincipalDomain(arn)) return { kind: 'service', arn }
  const m = /^arn:([^:]+):(iam|sts)::(\d{12}):(.*)$/.exec(arn)
  if (!m) return { kind: 'federated', arn }
  const [, partition, service, account, resource] = m
  const base = { arn, account, partition }
  if (service === 'iam' && resource === 'root') return { kind: 'root', ...base }
  if (service === 'iam' && resource.startsWith('user/')) return { kind: 'user', ...base }
  if (service === 'iam' && resource.startsWith('role/')) return { kind: 'role', ...base }
  if (service === 'iam' && /^(oidc|saml)-provider\//.test(resource)) return { kind: 'federated', ...base }
  const session = /^assumed-role\/([^/]+)\/.+$/.exec(resource)
  if (service === 'sts' && session) {
    return { kind: 'assumed-role', ...base, roleArn: `arn:${partition}:iam::${account}:role/${session[1]}` }
  }
  // An STS federated user and the like: matched by its exact ARN only.
  return { kind: 'user', ...base }
}

export function rootArnOf(p: RequestPrincipal): string | undefined {
  return p.account ? `arn:${p.partition ?? 'aws'}:iam::${p.account}:root` : undefined
}

const IAM_KINDS = new Set(['user', 'role', 'assumed-role', 'root'])

/** Is this caller subject to identity policies in its own account? */
export function isIamPrincipal(p: RequestPrincipal): boolean {
  return IAM_KINDS.has(p.kind)
}

/**
 * How a Principal entry names the caller: 'any' ("*"), 'account' (the
 * account root or a bare account id: the grant goes to the account, whose
 * IAM policies must then allow too), 'exact' (the caller's own ARN, or the
 * role of an assumed-role session).
 */
export type PrincipalMatch = 'any' | 'account' | 'exact'

function awsEntryMatches(value: string, p: RequestPrincipal): PrincipalMatch | undefined {
  if (value === '*') return 'any'
  if (hasWildcard(value) || !isIamPrincipal(p)) return undefined
  const whole = wholeAccountOf(value)
  if (whole) {
    if (whole.account !== p.account) return undefined
    if (whole.partition && p.partition && whole.partition !== p.partition) return undefined
    return p.kind === 'root' ? 'exact' : 'account'
  }
  if (value === p.arn) return 'exact'
  if (p.kind === 'assumed-role' && sessionOfRole(p, value)) return 'exact'
  return undefined
}

/**
 * A role ARN names the sessions of that role. The session ARN leaves the
 * role's path out, so without `roleArn` the name and account decide. A
 * `roleArn` with a path was given, not read from the session ARN: then the
 * ARN must be that one (IAM knows a role in a Principal by its exact ARN).
 */
function sessionOfRole(p: RequestPrincipal, roleArnValue: string): boolean {
  if (p.roleArn && roleArnValue === p.roleArn) return true
  if (p.roleArn && /:role\/.+\//.test(p.roleArn)) return false
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(p.arn)
  const role = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArnValue)
  return !!session && !!role && session[1] === role[1] && session[2] === role[2] && session[3] === role[3]
}

const STRENGTH: Record<PrincipalMatch, number> = { account: 0, any: 1, exact: 2 }

/** The strongest way any entry of a Principal element names the caller. */
export function principalMatches(map: PrincipalMap, p: RequestPrincipal): PrincipalMatch | undefined {
  let best: PrincipalMatch | undefined
  const consider = (m: PrincipalMatch | undefined) => {
    if (m && (!best || STRENGTH[m] > STRENGTH[best])) best = m
  }
  for (const [type, values] of Object.entries(map)) {
    for (const value of values) {
      if (type === 'AWS') consider(awsEntryMatches(value, p))
      else if (type === 'Service' && p.kind === 'service') consider(value === '*' ? 'any' : value.toLowerCase() === p.arn.toLowerCase() ? 'exact' : undefined)
      else if (type === 'Federated' && p.kind === 'federated') consider(value === p.arn ? 'exact' : undefined)
    }
  }
  return best
}

/**
 * The names one request is checked against in a NotPrincipal element. AWS
 * documents that a caller is excluded only when every one of them is listed:
 * an assumed-role session needs the session ARN, the role ARN and the account;
 * a user needs the user ARN and the account.
 */
function identitiesOf(p: RequestPrincipal): Array<(entry: { type: string; value: string }) => boolean> {
  const root = rootArnOf(p)
  const rootEntry = ({ type, value }: { type: string; value: string }) =>
    type === 'AWS' && (value === root || value === p.account)
  const arnEntry = (arn: string, type = 'AWS') => (e: { type: string; value: string }) => e.type === type && e.value === arn
  switch (p.kind) {
    case 'user':
    case 'role':
      return [arnEntry(p.arn), rootEntry]
    case 'assumed-role':
      return [arnEntry(p.arn), ...(p.roleArn ? [arnEntry(p.roleArn)] : []), rootEntry]
    case 'root':
      return [rootEntry]
    case 'service':
      return [({ type, value }) => type === 'Service' && value.toLowerCase() === p.arn.toLowerCase()]
    case 'federated':
      return [arnEntry(p.arn, 'Federated')]
    case 'anonymous':
      return [() => false]
  }
}

/** Does a NotPrincipal element leave the caller in (so the statement applies)? */
export function notPrincipalApplies(map: PrincipalMap, p: RequestPrincipal): boolean {
  const entries = Object.entries(map).flatMap(([type, values]) => values.map((value) => ({ type, value })))
  if (entries.some((e) => e.type === 'AWS' && e.value === '*')) return false
  return !identitiesOf(p).every((isListed) => entries.some(isListed))
}

/** A caller in words, for reasons and findings. */
export function describePrincipal(p: RequestPrincipal): string {
  if (p.kind === 'anonymous') return 'an anonymous caller'
  if (p.kind === 'service') return `the service ${p.arn}`
  return p.arn
}
