// Lists for a multi-valued key that no one clause's samples make: a value one
// clause takes in next to a value another takes in. `ForAnyValue:StringLike a*`
// against `ForAllValues:StringNotEquals b` differ on the list [a, b], which
// neither clause's own samples hold. Both the key comparison (key.ts) and the
// witness search (witness.ts) try them.

/** How many clauses' samples are paired across, and how many of each clause's first samples. */
export const PAIRED_CLAUSES = 4
export const PAIRED_SAMPLES = 3

/** Each two-value list of a sample of one clause (`heads[i]`) and a different sample of a later clause. */
export function* listsAcrossClauses(heads: readonly (readonly string[])[]): Generator<[string, string]> {
  for (let i = 0; i < heads.length; i++) {
    for (let j = i + 1; j < heads.length; j++) for (const x of heads[i]) for (const y of heads[j]) if (x !== y) yield [x, y]
  }
}
