// The registry of policy kinds: one module per kind, looked up by name. A new
// kind is a new module in this folder, its name in ./names.ts, and one line
// here (the type below makes a missing module a compile error).
import type { PolicyKind } from './names.js'
import type { PolicyKindRules } from './kind.js'
import { identityPolicy } from './identity.js'
import { trustPolicy } from './trust.js'
import { resourcePolicy } from './resource.js'
import { serviceControlPolicy } from './scp.js'
import { resourceControlPolicy } from './rcp.js'
import { endpointPolicy } from './endpoint.js'

export { POLICY_KINDS, type PolicyKind } from './names.js'
export type { PolicyKindRules, PolicySize, SizeVerdict } from './kind.js'

const KIND_RULES: Readonly<Record<PolicyKind, PolicyKindRules>> = {
  identity: identityPolicy,
  trust: trustPolicy,
  resource: resourcePolicy,
  scp: serviceControlPolicy,
  rcp: resourceControlPolicy,
  endpoint: endpointPolicy
}

export function kindRules(kind: PolicyKind): PolicyKindRules {
  return KIND_RULES[kind]
}
