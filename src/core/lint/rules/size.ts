// RTC5xx: size against the quota of each kind (../kinds/*.ts). IAM does not count white
// space, so the count is the document's characters outside strings minus
// spaces, tabs and line breaks (the length of the minified JSON).
import type { JsonNode } from '../../json-ast/types.js'
import type { FindingDraft, LintContext, Rule } from '../context.js'
import { openingOf } from '../context.js'
import { kindRules } from '../kinds/index.js'
import { Char } from '../../char-codes.js'

/** Characters IAM counts: everything but white space outside strings. */
export function countedLength(text: string, from = 0, to = text.length): number {
  let count = 0
  let inString = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      count++
      if (c === Char.Backslash) {
        i++
        count++
      } else if (c === Char.Quote) inString = false
    } else if (c === Char.Quote) {
      inString = true
      count++
    } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) count++
  }
  return count
}

/**
 * The same count read from the tree: each token's length, plus the ':' and
 * ',' between them. A document has about one node for every twenty
 * characters, so this is much cheaper than scanning the text.
 */
export function countedSize(node: JsonNode): number {
  switch (node.kind) {
    case 'object': {
      let n = 2 + (node.members.length > 0 ? node.members.length - 1 : 0)
      for (let i = 0, members = node.members; i < members.length; i++) {
        const m = members[i]
        n += m.key.to - m.key.from + 1 + countedSize(m.value)
      }
      return n
    }
    case 'array': {
      let n = 2 + (node.items.length > 0 ? node.items.length - 1 : 0)
      for (let i = 0; i < node.items.length; i++) n += countedSize(node.items[i])
      return n
    }
    default:
      return node.to - node.from
  }
}

function checkSize(ctx: LintContext, out: FindingDraft[]): void {
  const rules = kindRules(ctx.kind)
  // The rule only matters near the quotas; skip the count for short texts.
  if (ctx.text.length <= rules.sizeFloor || !ctx.sizeKnown) return
  const written = ctx.root.to - ctx.root.from
  const verdict = rules.checkSize(ctx, { counted: countedSize(ctx.root), written })
  if (verdict) out.push({ ...verdict, span: openingOf(ctx.root) })
}

export const sizeRules: Rule[] = [checkSize]
