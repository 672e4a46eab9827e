// Every operator family the diff can reason about, by base operator.
import { arnFamily } from './arns.js'
import type { Clause } from './clause.js'
import type { OperatorFamily } from './family.js'
import { ipFamily } from './ip.js'
import { dateFamily, numericFamily } from './numbers.js'
import { stringFamily } from './strings.js'

const FAMILIES: readonly OperatorFamily[] = [stringFamily, arnFamily, numericFamily, dateFamily, ipFamily]

const BY_BASE = new Map<string, OperatorFamily>(FAMILIES.flatMap((f) => f.bases.map((b) => [b, f] as const)))

/** Undefined for Null and for operators IAM does not document. */
export function familyOf(c: Clause): OperatorFamily | undefined {
  return c.op ? BY_BASE.get(c.op.base) : undefined
}
