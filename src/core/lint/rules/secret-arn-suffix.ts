// RTC311: a Secrets Manager secret ARN written out in full, with no wildcard,
// that lacks the suffix every secret's ARN has. Secrets Manager ends each
// secret's ARN with a hyphen and six random characters it appends to the name
// ("The ARN includes the name of the secret followed by six random
// characters", CreateSecret's response), so that a new secret of a deleted
// one's name has another ARN. IAM compares a Resource with the secret's whole
// ARN, so `...:secret:prod/db` matches no secret: an Allow grants nothing on
// it, and a Deny (or a NotResource meant to leave it out) protects nothing.
//
// Said only when certain: the name part must end neither in a wildcard-free
// "-XXXXXX" of six letters or digits (a name such as `app-backup` may be a
// whole ARN's "app" and its suffix "backup"), nor hold a wildcard, a policy
// variable or a template placeholder, which may stand for the suffix.
import type { JsonString } from '../../json-ast/types.js'
import type { FindingDraft, LintContext, Rule } from '../context.js'
import { hasPlaceholder } from './placeholders.js'

const SUFFIX_LENGTH = 6

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/** Where the secret's name starts in a secret ARN (after `secret:`), or -1 when the text is not one. */
function secretNameStart(arn: string): number {
  if (!arn.startsWith('arn:')) return -1
  // arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME: the colons after "arn", the partition, ... the type.
  const colons: number[] = [3]
  for (let n = 1; n < 6; n++) {
    const next = arn.indexOf(':', colons[n - 1] + 1)
    if (next === -1) return -1
    colons.push(next)
  }
  if (arn.slice(colons[1] + 1, colons[2]).toLowerCase() !== 'secretsmanager') return -1
  if (arn.slice(colons[4] + 1, colons[5]) !== 'secret') return -1
  return colons[5] + 1
}

/** Does the ARN name a secret without the suffix every secret ARN ends with, and nothing that could stand for it? */
export function lacksSecretSuffix(arn: string): boolean {
  const start = secretNameStart(arn)
  if (start === -1 || start >= arn.length) return false
  for (let i = start; i < arn.length; i++) {
    const c = arn.charCodeAt(i)
    // '*', '?', a policy variable's '$' and a ':' (no secret name has one: not a name this rule reads).
    if (c === 42 || c === 63 || c === 36 || c === 58) return false
  }
  const hyphen = arn.length - SUFFIX_LENGTH - 1
  if (hyphen > start && arn.charCodeAt(hyphen) === 45) {
    let suffix = true
    for (let i = hyphen + 1; i < arn.length; i++) if (!isLetterOrDigit(arn.charCodeAt(i))) suffix = false
    if (suffix) return false
  }
  return !hasPlaceholder(arn)
}

function check(node: JsonString, element: 'Resource' | 'NotResource', out: FindingDraft[]): void {
  if (!lacksSecretSuffix(node.value)) return
  out.push({
    code: 'RTC311',
    span: node.span,
    message: `${node.value} names a secret without the hyphen and six random characters Secrets Manager ends every secret's ARN with, so this ${element} matches no secret.`,
    hint: `Write the whole ARN (as DescribeSecret gives it), or match the suffix: "${node.value}-??????".`
  })
}

function checkSecretArns(ctx: LintContext, out: FindingDraft[]): void {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0; j < s.resources.length; j++) check(s.resources[j], 'Resource', out)
    for (let j = 0; j < s.notResources.length; j++) check(s.notResources[j], 'NotResource', out)
  }
}

export const secretArnRules: readonly Rule[] = [checkSecretArns]
