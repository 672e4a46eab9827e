// Pairs of policy versions for the verdict property tests: the change a pull
// request makes to one policy, drawn by fast-check.
import fc from 'fast-check'

export type Statement = Record<string, unknown>

/** One statement of `before` replaced by a drawn one, or a drawn one added, or one removed. */
export function oneStatementChanged(policy: fc.Arbitrary<Statement[]>, statement: fc.Arbitrary<Statement>): fc.Arbitrary<[Statement[], Statement[]]> {
  return fc.tuple(policy, statement, fc.nat(), fc.constantFrom('replace', 'add', 'remove')).map(([before, s, n, how]) => {
    const after = [...before]
    const i = n % after.length
    if (how === 'replace') after[i] = s
    else if (how === 'add') after.push(s)
    else after.splice(i, 1)
    return [before, after]
  })
}
