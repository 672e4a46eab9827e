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
import { permissionsBoundary } from './boundary.js'

export { POLICY_KINDS, type PolicyKind } from './names.js'
export type { PolicyKindRules, PolicySize, SizeVerdict } from './kind.js'

const KIND_RULES: Readonly<Record<PolicyKind, PolicyKindRules>> = {
  identity: identityPolicy,
  trust: trustPolicy,
  resource: resourcePolicy,
  scp: serviceControlPolicy,
  rcp: resourceControlPolicy,
  endpoint: endpointPolicy,
  boundary: permissionsBoundary
}

// Looked up in a Map, not by property name: a dozen rules ask once per
// document, and code the engine made fast for one kind's name was thrown away
// when the next kind came ("wrong name" deoptimisations).
const BY_NAME: ReadonlyMap<string, PolicyKindRules> = new Map(Object.entries(KIND_RULES))

export function kindRules(kind: PolicyKind): PolicyKindRules {
  const rules = BY_NAME.get(kind)
  if (rules === undefined) throw new Error(`no rules for the policy kind ${JSON.stringify(kind)}`)
  return rules
}
