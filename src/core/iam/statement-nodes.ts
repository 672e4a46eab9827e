// The statements of a policy document as its text has them, before any reading:
// for checks on the document's own shape that a review must make of a head
// whatever the linter says of it.
import { memberNamed } from '../json-ast/parse.js'
import type { JsonNode } from '../json-ast/types.js'

/**
 * The nodes of the document's Statement: its items when it is a list, itself
 * when it is one statement, none when there is none. Element names are
 * case-sensitive (a miscased one IAM refuses: RTC116); of a name written
 * twice, the last counts, as the parser reads it.
 */
export function statementNodesOf(root: JsonNode | undefined): readonly JsonNode[] {
  if (root?.kind !== 'object') return []
  const list = memberNamed(root, 'Statement')?.value
  return list?.kind === 'array' ? list.items : list ? [list] : []
}
