// The kinds of policy the linter tells apart. Their own module: the rules
// (through context.ts and classify.ts) and lint.ts, which runs the rules, all
// need them, and a rule importing lint.ts back would close an import cycle.

export const POLICY_KINDS = ['identity', 'trust', 'resource'] as const
export type PolicyKind = (typeof POLICY_KINDS)[number]
