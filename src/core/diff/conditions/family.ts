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
   */
  samples(clause: Clause): string[]
  /**
   * Is every single value that all of `clauses` admit also admitted by
   * `target` (all in this family, negation included)? `true` only when proven;
   * `false` once `work`, the diff's budget, is spent.
   */
  subset(clauses: readonly Clause[], target: Clause, work: DiffWork): boolean
  /**
   * Work units one value of this family costs the evaluator each time it is
   * tried, when more than its characters (see readWork): an address range is
   * parsed into BigInts at every test.
   */
  readonly valueWeight?: number
}
