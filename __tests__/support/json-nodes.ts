import type { JsonNode } from '../../src/core/json-ast/types.js'

/** Every node of a tree, keys included, in document order. */
export function nodesOf(root: JsonNode): JsonNode[] {
  const out: JsonNode[] = []
  const walk = (node: JsonNode): void => {
    out.push(node)
    if (node.kind === 'object') for (const m of node.members) (out.push(m.key), walk(m.value))
    if (node.kind === 'array') node.items.forEach(walk)
  }
  walk(root)
  return out
}
