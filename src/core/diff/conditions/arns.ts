// ARN operators (ArnEquals, ArnLike and their negations): both read their
// values as ARN patterns matched part by part, as the evaluator does.
import { arnPatternCovers, arnPatternsOverlap, hasWildcard } from '../../iam/wildcard.js'
import type { Clause } from './clause.js'
import type { OperatorFamily } from './family.js'
import { everyValueCovered } from './value-index.js'
import { valuesWork, type DiffWork } from '../work.js'

/** An ARN without a wildcard covers itself alone (arnPatternCovers). */
const plainArn = (v: string) => (hasWildcard(v) ? undefined : v)

function subsetOne(a: Clause, b: Clause, work: DiffWork): boolean {
  if (!a.negated && !b.negated) return everyValueCovered(a, b, plainArn, arnPatternCovers, work)
  if (a.negated && b.negated) return everyValueCovered(b, a, plainArn, arnPatternCovers, work)
  if (!a.negated && b.negated) return work.spend(valuesWork(a, b)) && a.values.every((x) => b.values.every((y) => !arnPatternsOverlap(x, y)))
  return b.values.includes('*')
}

export const arnFamily: OperatorFamily = {
  bases: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  samples(clause) {
    const out = ['arn:aws:iam::999999999999:user/other-principal']
    for (const v of clause.values) {
      if (!hasWildcard(v)) out.push(v, `${v}x`)
      else {
        const one = v.replace(/\?/g, 'x')
        out.push(one.replace(/\*/g, 'x'), one.replace(/\*/g, 'Qz-9'))
      }
    }
    return out
  },
  subset: (clauses, target, work) => clauses.some((a) => subsetOne(a, target, work))
}
