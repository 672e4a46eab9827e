// RTC417: a Deny meant to refuse requests made without MFA that tests
// `"Bool": {"aws:MultiFactorAuthPresent": "false"}`. The key is in requests
// signed with temporary credentials only: a request signed with an IAM
// user's long-term access keys carries no aws:MultiFactorAuthPresent, a Bool
// condition on a key the request lacks is false, and the Deny does not apply,
// so the CLI and SDKs with access keys get through without MFA (AWS Knowledge
// Center, article mfa-iam-user-aws-cli, which gives BoolIfExists as the fix).
//
// Not reported when the policy also denies requests that lack the key: a
// Deny with BoolIfExists on it, or with Null on it (true), in any statement.
import type { ConditionEntry, FindingDraft, LintContext, Rule, StatementView } from '../context.js'
import { statementLabel } from '../context.js'
import type { JsonNode } from '../../json-ast/types.js'

const MFA_PRESENT = 'aws:multifactorauthpresent'

function isText(node: JsonNode, text: string): boolean {
  if (node.kind === 'string') return node.value.toLowerCase() === text
  if (node.kind === 'boolean') return String(node.value) === text
  return false
}

/** The Deny also applies to a request with no aws:MultiFactorAuthPresent (BoolIfExists, or Null true). */
function coversAbsentKey(c: ConditionEntry): boolean {
  if (c.lowerKey !== MFA_PRESENT) return false
  const operator = c.operator.value
  if (operator === 'BoolIfExists') return true
  return operator === 'Null' && c.values.some((v) => isText(v, 'true'))
}

function checkMfaDeny(ctx: LintContext, out: FindingDraft[]): void {
  let candidates: { s: StatementView; c: ConditionEntry }[] | undefined
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (s.effect !== 'Deny') continue
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j]
      if (coversAbsentKey(c)) return
      if (c.lowerKey === MFA_PRESENT && c.operator.value === 'Bool' && c.values.some((v) => isText(v, 'false'))) (candidates ??= []).push({ s, c })
    }
  }
  if (candidates === undefined) return
  for (const { s, c } of candidates) {
    out.push({
      code: 'RTC417',
      span: c.key.span,
      message: `${statementLabel(s, true)} denies when aws:MultiFactorAuthPresent is false, but a request signed with an IAM user's long-term access keys carries no such key, so Bool is false and the Deny does not apply: those requests get through without MFA.`,
      hint: 'Use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}, which also denies requests that lack the key.'
    })
  }
}

export const mfaDenyRules: readonly Rule[] = [checkMfaDeny]
