// The statements of a policy document as its text has them, before any reading:
// for checks on the document's own shape that a review must make of a head
// whatever the linter says of it.
import { memberNamed } from '../json-ast/parse.js'
import type { JsonNode, JsonString } from '../json-ast/types.js'

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

/**
 * The first string among the values of the named elements of the document's
 * statements that `test` holds for, or undefined: a value written alone, in a
 * list, or under a key of an object (a Principal's `{"AWS": ...}`). One pass
 * over those values.
 */
export function firstElementString(root: JsonNode | undefined, elements: readonly string[], test: (text: string) => boolean): JsonString | undefined {
  const found = (node: JsonNode): JsonString | undefined => {
    if (node.kind === 'string') return test(node.value) ? node : undefined
    if (node.kind === 'array') {
      for (const item of node.items) if (item.kind === 'string' && test(item.value)) return item
    }
    return undefined
  }
  for (const statement of statementNodesOf(root)) {
    if (statement.kind !== 'object') continue
    for (const element of elements) {
      const value = memberNamed(statement, element)?.value
      if (value === undefined) continue
      if (value.kind !== 'object') {
        const hit = found(value)
        if (hit) return hit
        continue
      }
      for (const m of value.members) {
        const hit = found(m.value)
        if (hit) return hit
      }
    }
  }
  return undefined
}
