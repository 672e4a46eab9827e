// RTC002 / RTC403: keys written twice. A plain parser keeps the last one, so
// the first silently vanishes; inside a Condition that drops a whole test.
import type { JsonString } from '../../json-ast/types.js'
import type { FindingDraft, LintContext } from '../context.js'
import { statementLabel } from '../context.js'

export function duplicateKeyFindings(ctx: LintContext, out: FindingDraft[]): void {
  if (ctx.duplicateKeys.length === 0) return
  // Keys that sit in a Condition block: operators, and the keys inside them.
  const conditionKeys = new Map<JsonString, string>()
  for (const s of ctx.statements) {
    const condition = s.elements.Condition?.value
    if (condition?.kind !== 'object') continue
    for (const op of condition.members) {
      conditionKeys.set(op.key, `operator in the Condition of ${statementLabel(s)}`)
      if (op.value.kind === 'object') {
        for (const k of op.value.members) conditionKeys.set(k.key, `condition key under ${op.key.value} in ${statementLabel(s)}`)
      }
    }
  }
  for (const d of ctx.duplicateKeys) {
    const where = conditionKeys.get(d.repeated)
    // Line and column: in a policy minified on one line, "first on line 1" says nothing.
    const first = `first at line ${d.first.span.start.line} column ${d.first.span.start.column}`
    if (where) {
      out.push({
        code: 'RTC403',
        span: d.repeated.span,
        message: `"${d.key}" appears twice as ${where} (${first}); only this one is kept, the first block is silently dropped.`,
        hint: `Merge the two "${d.key}" blocks into one object.`
      })
    } else {
      out.push({
        code: 'RTC002',
        span: d.repeated.span,
        message: `Key "${d.key}" appears twice in one object (${first}); only this one is kept.`,
        hint: `Merge the two "${d.key}" entries or remove one.`
      })
    }
  }
}
