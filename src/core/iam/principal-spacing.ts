// A Principal or NotPrincipal value with white space around it (`" *"`,
// `"arn:aws:iam::111122223333:root "`). IAM does not trim a principal: a role
// trust policy with one is refused ("Invalid principal in policy"), as are the
// resource policies of the services that check their principals; one that did
// not check would hold a value that names no principal, or would trim it. The
// diff reads the value as written (a pattern naming no principal): so a change
// from `"*"` to `" *"` was said to narrow, where IAM refuses it or may read
// `"*"`. What such a document grants is not known.
import type { JsonNode, JsonString } from '../json-ast/types.js'
import { firstElementString } from './statement-nodes.js'

const SPACE_AROUND = /^\s|\s$/

const PRINCIPAL_ELEMENTS = ['Principal', 'NotPrincipal']

/**
 * The first Principal or NotPrincipal value of the document's statements with
 * white space at its start or end, or undefined. One pass over the principal
 * elements' values.
 */
export function principalWithSpaceAround(root: JsonNode | undefined): JsonString | undefined {
  return firstElementString(root, PRINCIPAL_ELEMENTS, (text) => SPACE_AROUND.test(text))
}
