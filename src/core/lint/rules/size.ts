// RTC5xx: size against the IAM quotas for each kind. IAM does not count white
// space, so the count is the document's characters outside strings minus
// spaces, tabs and line breaks (the length of the minified JSON).
import type { JsonNode } from '../../json-ast/types.js'
import type { FindingDraft, LintContext, Rule } from '../context.js'
import { openingOf } from './grammar.js'

/** Quotas from "IAM and AWS STS quotas" (characters, white space not counted). */
export const QUOTAS = {
  userInline: 2048,
  managed: 6144,
  roleInline: 10240,
  trustDefault: 2048,
  trustMax: 8192,
  keyPolicy: 32768
} as const

const QUOTE = 34
const BACKSLASH = 92

/** Characters IAM counts: everything but white space outside strings. */
export function countedLength(text: string, from = 0, to = text.length): number {
  let count = 0
  let inString = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      count++
      if (c === BACKSLASH) {
        i++
        count++
      } else if (c === QUOTE) inString = false
    } else if (c === QUOTE) {
      inString = true
      count++
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) count++
  }
  return count
}

/** 10240 -> "10,240" (toLocaleString is slow and depends on the ICU build). */
/**
 * The same count read from the tree: each token's length, plus the ':' and
 * ',' between them. A document has about one node for every twenty
 * characters, so this is much cheaper than scanning the text.
 */
export function countedSize(node: JsonNode): number {
  switch (node.kind) {
    case 'object': {
      let n = 2 + (node.members.length > 0 ? node.members.length - 1 : 0)
      for (const m of node.members) n += m.key.span.end.offset - m.key.span.start.offset + 1 + countedSize(m.value)
      return n
    }
    case 'array': {
      let n = 2 + (node.items.length > 0 ? node.items.length - 1 : 0)
      for (const item of node.items) n += countedSize(item)
      return n
    }
    default:
      return node.span.end.offset - node.span.start.offset
  }
}

const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',')

function checkSize(ctx: LintContext, out: FindingDraft[]): void {
  // The rule only matters near the quotas; skip the count for short texts.
  if (ctx.text.length <= QUOTAS.userInline || !ctx.sizeKnown) return
  const size = countedSize(ctx.root)
  const at = openingOf(ctx.root)
  const push = (code: string, message: string, hint: string) => out.push({ code, span: at, message, hint })
  if (ctx.kind === 'identity') {
    if (size > QUOTAS.roleInline) {
      push('RTC501', `The policy is ${fmt(size)} characters without white space; no identity policy may exceed ${fmt(QUOTAS.roleInline)} (role inline), managed policies ${fmt(QUOTAS.managed)}.`, 'Split it into several managed policies or use wildcards to shorten action lists.')
    } else if (size > QUOTAS.managed) {
      push('RTC502', `The policy is ${fmt(size)} characters without white space: over the ${fmt(QUOTAS.managed)} of a managed policy; it fits only inline on a role (${fmt(QUOTAS.roleInline)}).`, 'Split it, or attach it inline to a role.')
    } else if (size > QUOTAS.userInline) {
      push('RTC503', `The policy is ${fmt(size)} characters without white space: over the ${fmt(QUOTAS.userInline)} an IAM user's inline policies may total.`, 'Attach it as a managed policy (6,144) rather than inline on a user.')
    }
  } else if (ctx.kind === 'trust') {
    if (size > QUOTAS.trustMax) {
      push('RTC501', `The trust policy is ${fmt(size)} characters without white space; role trust policies cannot exceed ${fmt(QUOTAS.trustMax)} even with a raised quota.`, 'Trust fewer principals per statement, or use conditions such as aws:PrincipalOrgID instead of long lists.')
    } else if (size > QUOTAS.trustDefault) {
      push('RTC502', `The trust policy is ${fmt(size)} characters without white space: over the default role trust policy quota of ${fmt(QUOTAS.trustDefault)}.`, 'Shorten it, or request a higher "Role trust policy length" quota in Service Quotas first.')
    }
  } else if (ctx.isKeyPolicy && size > QUOTAS.keyPolicy) {
    push('RTC501', `The key policy is ${fmt(size)} characters; KMS key policies cannot exceed ${fmt(QUOTAS.keyPolicy)}.`, 'Move permissions to IAM policies or grants.')
  }
}

export const sizeRules: Rule[] = [checkSize]
