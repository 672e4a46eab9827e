// What one family of condition operators (strings, ARNs, numbers, dates, IP
// addresses) knows about the sets of single values its clauses admit.
import type { Clause } from './clause.js'
import type { DiffWork } from '../work.js'

export interface OperatorFamily {
  /** The base operators (no ForAllValues:/ForAnyValue:, no IfExists) of this family. */
  readonly bases: readonly string[]
  /**
   * Values worth trying as witnesses: the clause's own values, instances of
   * its patterns, neighbours of its bounds. Whether a sample is admitted is
   * always decided by the evaluator, so a sample need not be a member.
   * Read lazily where only the first few are wanted.
   */
  samples(clause: Clause): Iterable<string>
  /**
   * Is every single value that all of `clauses` admit also admitted by
   * `target` (all in this family, negation included)? `true` only when proven;
   * `false` once `work`, the diff's budget, is spent.
   */
  subset(clauses: readonly Clause[], target: Clause, work: DiffWork): boolean
  /**
   * Work units the evaluator spends testing one candidate value against the
   * clause once its values have been read (charged once per comparison),
   * when it does not read them all again (see readWork): address ranges are looked up in an index
   * made once per list of ranges.
   */
  testWork?(clause: Clause): number
}
