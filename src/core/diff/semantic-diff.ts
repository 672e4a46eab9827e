// STUB (to be built by the diff work): two versions of a policy -> what
// changed in access, statement by statement.
export type Rating = 'broadens' | 'narrows' | 'neutral'
export type AccessChange = 'broadens' | 'narrows' | 'none' | 'mixed'

export function diffPolicies(before: unknown, after: unknown): unknown {
  throw new Error(`diffPolicies is not built yet (${typeof before}, ${typeof after})`)
}
