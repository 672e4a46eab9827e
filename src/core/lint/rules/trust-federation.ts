// RTC620 and RTC621: a trust statement whose only way in is SAML (or web
// identity) federation must name a provider of that kind. An IAM user, role,
// account or service principal cannot call sts:AssumeRoleWithSAML or
// sts:AssumeRoleWithWebIdentity, so such a statement lets no one in.
// RTC626, the other way round: a provider is trusted for none of the assume
// actions it signs in with (sts:AssumeRole for a SAML or OIDC provider).
import { actionMatches } from '../../iam/wildcard.js'
import { statementLabel, type FindingDraft, type LintContext, type PrincipalEntry, type Rule, type StatementView } from '../context.js'
import { hasPlaceholder } from './placeholders.js'
import { listText } from '../../list-text.js'
import { memorable } from '../../memo-key.js'
import { isAccountId } from '../../iam/arn.js'

const ASSUME = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'] as const
type AssumeAction = (typeof ASSUME)[number]

/** Web identity providers IAM names by host, without an OIDC provider resource. */
const BUILT_IN_WEB_IDENTITY = new Set(['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com'])

// The assume actions each pattern grants, remembered by the pattern lower-cased.
const memo = new Map<string, readonly AssumeAction[]>()
function assumeActionsOf(lower: string): readonly AssumeAction[] {
  let found = memo.get(lower)
  if (found === undefined) {
    found = lower.startsWith('sts:') || lower.startsWith('*') ? ASSUME.filter((a) => actionMatches(lower, a)) : []
    if (memo.size >= 20000) memo.clear()
    if (memorable(lower)) memo.set(lower, found)
  }
  return found
}

/** The assume actions the statement's Action patterns grant. */
function assumeActions(s: StatementView): Set<AssumeAction> {
  const found = new Set<AssumeAction>()
  for (let i = 0, lowerActions = s.lowerActions; i < lowerActions.length; i++) {
    const granted = assumeActionsOf(lowerActions[i])
    for (let j = 0; j < granted.length; j++) found.add(granted[j])
  }
  return found
}

type Provider = 'saml' | 'oidc' | 'other' | 'unknown'

function providerOf(p: PrincipalEntry): Provider {
  const value = p.value.value
  if (p.type === '*' || value === '*' || hasPlaceholder(value) || value.includes('${')) return 'unknown'
  if (p.type !== 'Federated') return p.type === 'AWS' || p.type === 'Service' || p.type === 'CanonicalUser' ? 'other' : 'unknown'
  if (value.includes(':saml-provider/')) return 'saml'
  if (value.includes(':oidc-provider/') || BUILT_IN_WEB_IDENTITY.has(value.toLowerCase())) return 'oidc'
  // Another host name: an OIDC issuer written without its ARN is not accepted, but not this rule's to say.
  return 'unknown'
}

function describe(p: PrincipalEntry): string {
  if (p.type === 'Service') return `the service principal ${p.value.value}`
  if (p.type === 'Federated') return `the provider ${p.value.value}`
  const v = p.value.value
  if (isAccountId(v) || /:root$/.test(v)) return `the account ${v}`
  if (/:user\//.test(v)) return `the IAM user ${v}`
  if (/:role\//.test(v)) return `the role ${v}`
  return `the principal ${v}`
}

function federation(ctx: LintContext, out: FindingDraft[]): void {
  if (ctx.kind !== 'trust') return
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Allow' || s.principals.length === 0) continue
    const actions = assumeActions(s)
    if (actions.size === 0) continue
    providerActions(s, actions, out)
    if (actions.size !== 1) continue
    const saml = actions.has('sts:AssumeRoleWithSAML')
    const web = actions.has('sts:AssumeRoleWithWebIdentity')
    if (!saml && !web) continue
    for (let j = 0, principals = s.principals; j < principals.length; j++) {
      const p = principals[j]
      const provider = providerOf(p)
      if (provider === 'unknown' || (saml && provider === 'saml') || (web && provider === 'oidc')) continue
      out.push(
        saml
          ? {
              code: 'RTC620',
              span: p.value.span,
              message: `${statementLabel(s, true)} allows only sts:AssumeRoleWithSAML, which only a SAML provider can call, but names ${describe(p)}: it can never assume the role this way.`,
              hint: 'Name the SAML provider ("Federated": "arn:aws:iam::ACCOUNT:saml-provider/NAME"), or allow sts:AssumeRole for IAM principals.'
            }
          : {
              code: 'RTC621',
              span: p.value.span,
              message: `${statementLabel(s, true)} allows only sts:AssumeRoleWithWebIdentity, which only an OIDC or web identity provider can call, but names ${describe(p)}: it can never assume the role this way.`,
              hint: 'Name the OIDC provider ("Federated": "arn:aws:iam::ACCOUNT:oidc-provider/HOST", or cognito-identity.amazonaws.com), or allow sts:AssumeRole for IAM principals.'
            }
      )
    }
  }
}

/** The one assume action each kind of provider signs in with. */
const SIGN_IN: Record<'saml' | 'oidc', AssumeAction> = { saml: 'sts:AssumeRoleWithSAML', oidc: 'sts:AssumeRoleWithWebIdentity' }

/**
 * RTC626: a SAML or OIDC provider in a statement whose assume actions
 * (`actions`, not empty) leave out the one it signs in with. Its users come
 * only through that action, so the statement lets none of them in. A
 * statement whose only assume action is the other provider's is RTC620's or
 * RTC621's to report, once.
 */
function providerActions(s: StatementView, actions: ReadonlySet<AssumeAction>, out: FindingDraft[]): void {
  const otherOnly = actions.size === 1 && !actions.has('sts:AssumeRole')
  for (let j = 0, principals = s.principals; j < principals.length; j++) {
    const p = principals[j]
    const provider = providerOf(p)
    if (provider !== 'saml' && provider !== 'oidc') continue
    const own = SIGN_IN[provider]
    if (actions.has(own) || otherOnly) continue
    const allowed = listText([...actions], 3)
    out.push({
      code: 'RTC626',
      span: p.value.span,
      message: `${statementLabel(s, true)} names ${describe(p)}, which signs its users in only through ${own}, but the assume action${actions.size === 1 ? ' it allows is' : 's it allows are'} ${allowed}: none of the provider's users can assume the role this way.`,
      hint: `Allow ${own} for the provider (keep sts:AssumeRole for IAM principals, in their own statement).`
    })
  }
}

export const trustFederationRules: Rule[] = [federation]
