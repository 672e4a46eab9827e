// Which kind of policy a document is, read from its content: IAM attaches the
// same grammar in three places with different rules, and a file does not say
// where it will go.
import { actionMatches } from '../iam/wildcard.js'
import type { StatementView } from './context.js'
import type { PolicyKind } from './lint.js'

/** The actions a role trust policy may name (IAM rejects others there). */
export const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext'
] as const

/** An STS action pattern that names at least one trust action (`sts:AssumeRole*`, `sts:*`). */
export function isTrustAction(pattern: string): boolean {
  if (pattern.length < 4 || pattern.slice(0, 4).toLowerCase() !== 'sts:') return false
  for (const a of TRUST_ACTIONS) if (actionMatches(pattern, a)) return true
  return false
}

function actionsOf(s: StatementView): string[] {
  const out: string[] = []
  for (const a of s.actions) out.push(a.value)
  for (const a of s.notActions) out.push(a.value)
  return out
}

/**
 * - trust: some statement names a Principal and the actions are STS role
 *   actions (all of them, or some with no Resource anywhere: a trust policy
 *   with a stray Resource or a wrong action is still a trust policy);
 * - resource: a Principal otherwise (a KMS key policy is one);
 * - identity: no Principal.
 */
export function classifyStatements(statements: readonly StatementView[]): PolicyKind {
  let principal = false
  let resource = false
  let trust = 0
  let other = 0
  for (const s of statements) {
    if (s.members.has('Principal') || s.members.has('NotPrincipal')) principal = true
    if (s.members.has('Resource') || s.members.has('NotResource')) resource = true
    for (const a of actionsOf(s)) {
      if (isTrustAction(a)) trust++
      else other++
    }
  }
  if (!principal) return 'identity'
  if (trust > 0 && (other === 0 || !resource)) return 'trust'
  return 'resource'
}

/** A resource policy whose actions are all KMS actions. */
export function looksLikeKeyPolicy(statements: readonly StatementView[]): boolean {
  let any = false
  for (const s of statements) {
    for (const a of actionsOf(s)) {
      if (a.length < 4 || a.slice(0, 4).toLowerCase() !== 'kms:') return false
      any = true
    }
  }
  return any
}
