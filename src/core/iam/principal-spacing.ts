// A Principal or NotPrincipal value with white space around it (`" *"`,
// `"arn:aws:iam::111122223333:root "`). IAM does not trim a principal: a role
// trust policy with one is refused ("Invalid principal in policy"), as are the
// resource policies of the services that check their principals; one that did
// not check would hold a value that names no principal, or would trim it. The
// diff reads the value as written (a pattern naming no principal): so a change
// from `"*"` to `" *"` was said to narrow, where IAM refuses it or may read
// `"*"`. What such a document grants is not known.
import type { JsonNode, JsonString } from '../json-ast/types.js'
import { memberNamed } from '../json-ast/parse.js'
import { statementNodesOf } from './statement-nodes.js'


const SPACE_AROUND = /^\s|\s$/

function spaced(node: JsonNode): JsonString | undefined {
  if (node.kind === 'string') return SPACE_AROUND.test(node.value) ? node : undefined
  if (node.kind === 'array') {
    for (const item of node.items) if (item.kind === 'string' && SPACE_AROUND.test(item.value)) return item
  }
  return undefined
}

/**
 * The first Principal or NotPrincipal value of the document's statements with
 * white space at its start or end, or undefined. One pass over the principal
 * elements' values.
 */
export function principalWithSpaceAround(root: JsonNode | undefined): JsonString | undefined {
  for (const statement of statementNodesOf(root)) {
    if (statement.kind !== 'object') continue
    for (const element of ['Principal', 'NotPrincipal']) {
      const value = memberNamed(statement, element)?.value
      if (value === undefined) continue
      // "Principal": " *", or {"AWS": " *"}, {"AWS": ["...", " *"]}.
      const found = value.kind === 'object' ? value.members.map((m) => spaced(m.value)).find((s) => s !== undefined) : spaced(value)
      if (found) return found
    }
  }
  return undefined
}
