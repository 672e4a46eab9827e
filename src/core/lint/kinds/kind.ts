// What a policy kind is, for the linter: which elements its statements must
// and must not have, its own grammar rules, its size quota, and what an Allow
// in it means. One module per kind in this folder implements it; the rule
// families ask the module of the file's kind rather than branch on its name.
import type { FindingDraft, LintContext, StatementView } from '../context.js'
import { openingOf } from '../context.js'
import type { PolicyKind } from './names.js'
import { groupDigits } from '../../digits.js'

/** The two ways a policy's size is measured. */
export interface PolicySize {
  /** Characters without white space outside strings (what IAM counts). */
  counted: number
  /** Characters as written, white space included (what AWS Organizations and VPC endpoints count). */
  written: number
}

/** A size finding without its place (the size rule points at the document). */
export type SizeVerdict = Omit<FindingDraft, 'span'>

export interface PolicyKindRules {
  readonly name: PolicyKind
  /** How messages name a policy of this kind: "an identity policy", "a service control policy". */
  readonly described: string
  /** IAM's Sid rule (ASCII letters and digits only) holds for this kind. */
  readonly strictSid: boolean
  /**
   * An Allow statement of this kind grants the actions (identity, trust and
   * resource policies). In SCPs, RCPs and VPC endpoint policies an Allow only
   * lets requests through a filter and grants nothing, so findings about
   * broad grants (every action, privilege escalation, NotAction) do not apply.
   */
  readonly allowGrants: boolean
  /**
   * `Principal: "*"` makes a statement reach anyone (trust and resource
   * policies). In an endpoint policy it is the default (any principal that
   * reaches the endpoint, still subject to its own policies); in an RCP it
   * is required.
   */
  readonly principalStarIsPublic: boolean
  /**
   * The service that takes the policy rejects it without `"Version":
   * "2012-10-17"` (AWS Organizations: "Every SCP must include a Version
   * element with the value "2012-10-17"", the same for RCPs). Elsewhere a
   * missing or 2008-10-17 Version is accepted and only reads variables as
   * text (RTC101, RTC102); here it is RTC126.
   */
  readonly currentVersionRequired: boolean
  /** The elements each statement must have, must not have, and this kind's own rules. */
  checkStatement(ctx: LintContext, s: StatementView, out: FindingDraft[]): void
  /** Text shorter than this cannot exceed any quota of the kind: the size is not measured. */
  readonly sizeFloor: number
  /** The size finding for a document of this kind, if any. */
  checkSize(ctx: LintContext, size: PolicySize): SizeVerdict | undefined
}

// ---- element rules the kinds share ----

export function principalOf(s: StatementView) {
  return s.elements.Principal ?? s.elements.NotPrincipal
}

// The messages are made only when there is a finding: these run on every statement.

/** RTC113: the kind needs a Principal in every statement. */
export function requirePrincipal(s: StatementView, message: () => string, hint: string, out: FindingDraft[]): void {
  if (principalOf(s)) return
  out.push({ code: 'RTC113', span: openingOf(s.node), message: message(), hint })
}

/** RTC111: the kind needs a Resource (or NotResource) in every statement. */
export function requireResource(s: StatementView, message: () => string, hint: string, out: FindingDraft[]): void {
  if (s.elements.Resource !== undefined || s.elements.NotResource !== undefined) return
  out.push({ code: 'RTC111', span: openingOf(s.node), message: message(), hint })
}

/** A Principal or NotPrincipal where the kind has none: `code` says which kind forbids it. */
export function forbidPrincipal(s: StatementView, code: string, described: string, why: string, out: FindingDraft[]): void {
  const principal = principalOf(s)
  if (!principal) return
  out.push({
    code,
    span: principal.key.span,
    message: `${described[0].toUpperCase()}${described.slice(1)} cannot have ${principal.key.value}: ${why}.`,
    hint: `Remove ${principal.key.value}, or declare the file's kind in policy-files if it is another kind of policy.`
  })
}

/**
 * The size rule of kinds whose quota counts every character as written
 * (AWS Organizations policies, VPC endpoint policies): over the quota even
 * without white space is RTC501; over it only with white space is RTC504.
 */
export function writtenSizeQuota(size: PolicySize, quota: number, described: string): SizeVerdict | undefined {
  if (size.counted > quota) {
    return {
      code: 'RTC501',
      message: `The policy is ${groupDigits(size.counted)} characters even without white space; ${described} cannot exceed ${groupDigits(quota)}.`,
      hint: 'Split it into several policies, or shorten it (wildcards, fewer statements).'
    }
  }
  if (size.written > quota) {
    return {
      code: 'RTC504',
      message: `The policy is ${groupDigits(size.written)} characters as written; ${described} may hold ${groupDigits(quota)} and white space counts (${groupDigits(size.counted)} without it).`,
      hint: 'Remove the white space outside strings (minify the JSON) before attaching it, or shorten it.'
    }
  }
  return undefined
}
