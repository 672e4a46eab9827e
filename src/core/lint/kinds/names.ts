// The names of the policy kinds, in one leaf module (no imports) so that the
// lint context, the `policy-files` rules and the kind modules can all name a
// kind without importing one another. Each name has its module in this folder
// (./identity.ts, ./scp.ts, ...), registered in ./index.ts.
export const POLICY_KINDS = ['identity', 'trust', 'resource', 'scp', 'rcp', 'endpoint', 'boundary'] as const
export type PolicyKind = (typeof POLICY_KINDS)[number]
