// An action whose service prefix holds a wildcard (`*:*`, `s3*:Get*`,
// `*:GetObject`). IAM refuses it ("MalformedPolicyDocument: Action vendors
// (e.g., aws, ec2, etc.) must not contain wildcards"; the linter's RTC201): a
// wildcard may stand only in the action name, and `*` alone is every action.
// Read as a pattern, `*:*` matches every action, so a change from `*` to
// `*:*` looked like no change, where IAM refuses the head: what such a
// document grants is not known.
import type { JsonNode, JsonString } from '../json-ast/types.js'
import { firstElementString } from './statement-nodes.js'

/** Is there a '*' or '?' before the first colon of an action pattern? `*` alone has no colon, and no prefix. */
export function hasVendorWildcard(pattern: string): boolean {
  const colon = pattern.indexOf(':')
  for (let i = 0; i < colon; i++) {
    const c = pattern.charCodeAt(i)
    if (c === 42 /* * */ || c === 63 /* ? */) return true
  }
  return false
}

const ACTION_ELEMENTS = ['Action', 'NotAction']

/**
 * The first Action or NotAction value of the document's statements whose
 * service prefix holds a wildcard, or undefined. One pass over the action
 * elements' values.
 */
export function actionWithVendorWildcard(root: JsonNode | undefined): JsonString | undefined {
  return firstElementString(root, ACTION_ELEMENTS, hasVendorWildcard)
}
