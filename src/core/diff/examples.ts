// One example of what a statement takes in when it switches to "every X
// except" (Resource -> NotResource, Action -> NotAction, Principal ->
// NotPrincipal), or what it leaves when it switches back: a value the listed
// side does not match and the Not* list does not exclude, so that "now allows
// s3:GetObject on every resource except …" names a resource it now reaches.
// A few fixed candidates are tried, each checked against both lists through
// the diff's work budget: the cost does not grow with the pull request.
import { hasWildcard, splitArn } from '../iam/wildcard.js'
import { actionDimension, principalEntry, principalParts, resourceDimension, principalDimension, someCovers } from './coverage.js'
import { actionsMatchingWithin, type DiffWork } from './work.js'

export type ExampleDimension = 'action' | 'resource' | 'principal'

/** Verbs that make telling examples of the same noun: s3:GetObject -> s3:DeleteObject. */
const VERBS = ['Delete', 'Put', 'Create', 'Update', 'Get', 'List']
/** Tried when no action of the listed one's service fits. */
const OTHER_ACTIONS = ['iam:PassRole', 'ec2:TerminateInstances', 's3:DeleteObject', 'kms:Decrypt']
/** How many actions of the service (in catalogue order) are tried after the verbs. */
const SERVICE_ACTIONS = 8
const OTHER_ACCOUNT = '999999999999'

/** Actions named like the first listed one with another verb, then others of its service, then of other services. */
function actionCandidates(listed: readonly string[], work: DiffWork): string[] {
  const out: string[] = []
  const first = listed.find((v) => v.includes(':'))
  if (first) {
    // Only the first listed action is looked at: a fixed number of candidates, however long the list.
    const [service, name] = [first.slice(0, first.indexOf(':')), first.slice(first.indexOf(':') + 1)]
    if (!hasWildcard(service)) {
      // The noun after the leading verb as written (GetObject -> Object); none for a pattern or an all-lower-case name.
      const noun = hasWildcard(name) ? '' : name.replace(/^[A-Z][a-z]+/, '')
      if (noun) for (const verb of VERBS) out.push(`${service}:${verb}${noun}`)
      const ofService = actionsMatchingWithin(`${service}:*`, work)
      if (ofService === undefined) return out
      for (const a of ofService.slice(0, SERVICE_ACTIONS)) out.push(a.fullName)
    }
  }
  out.push(...OTHER_ACTIONS)
  return out
}

/** ARNs of the first listed one's service and account with another resource, then of another service. */
function resourceCandidates(listed: readonly string[]): string[] {
  const out: string[] = []
  const parts = listed.map(splitArn).find((p) => p !== undefined && !hasWildcard(p[2]))
  if (parts) {
    const [, partition, service, region, account] = parts
    const keep = (part: string, other: string) => (hasWildcard(part) ? other : part)
    out.push(`arn:${keep(partition, 'aws')}:${service}:${keep(region, 'us-east-1')}:${keep(account, OTHER_ACCOUNT)}:other/x`)
  }
  out.push('arn:aws:s3:::other/x', `arn:aws:iam::${OTHER_ACCOUNT}:role/other`)
  return out
}

function principalCandidates(): string[] {
  return [principalEntry('AWS', `arn:aws:iam::${OTHER_ACCOUNT}:root`), principalEntry('Service', 'ec2.amazonaws.com')]
}

/**
 * A value that none of `listed` matches and none of `excluded` excludes, in
 * the dimension's own spelling (a principal as "AWS arn:…"); undefined when
 * no candidate fits or the work budget is spent.
 */
export function exampleOutside(d: ExampleDimension, listed: readonly string[], excluded: readonly string[], work: DiffWork): string | undefined {
  const dimension = d === 'action' ? actionDimension : d === 'resource' ? resourceDimension : principalDimension
  const candidates = d === 'action' ? actionCandidates(listed, work) : d === 'resource' ? resourceCandidates(listed) : principalCandidates()
  for (const c of candidates) {
    if (work.spent) return undefined
    // An action must be one the catalogue knows (s3:DeleteObject, not a made-up s3:DeleteBucketObject).
    if (d === 'action' && !knownAction(c, work)) continue
    const value = d === 'action' ? c.toLowerCase() : c
    if (someCovers(dimension, listed, value, work) || someCovers(dimension, excluded, value, work)) continue
    if (work.spent) return undefined
    return d === 'principal' ? principalParts(c).join(' ') : c
  }
  return undefined
}

function knownAction(name: string, work: DiffWork): boolean {
  return actionsMatchingWithin(name, work)?.length === 1
}
