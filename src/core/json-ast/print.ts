// Canonical pretty print of a JSON tree: two-space indent, one member or
// element per line, "key": value, empty containers as {} and [], a trailing
// newline. Strings are escaped as JSON.stringify escapes them. Numbers keep
// the text they were written with (it is valid JSON, and rewriting it could
// lose digits of a large integer). Every member is printed, duplicates
// included, so that printing never hides what the source says.

import type { JsonNode } from './types.js'

export function printJson(node: JsonNode): string {
  return printNode(node, '') + '\n'
}

function printNode(node: JsonNode, indent: string): string {
  switch (node.kind) {
    case 'object': {
      if (node.members.length === 0) return '{}'
      const inner = indent + '  '
      let out = '{'
      for (let i = 0; i < node.members.length; i++) {
        const member = node.members[i]
        out += (i === 0 ? '\n' : ',\n') + inner + JSON.stringify(member.key.value) + ': ' + printNode(member.value, inner)
      }
      return out + '\n' + indent + '}'
    }
    case 'array': {
      if (node.items.length === 0) return '[]'
      const inner = indent + '  '
      let out = '['
      for (let i = 0; i < node.items.length; i++) {
        out += (i === 0 ? '\n' : ',\n') + inner + printNode(node.items[i], inner)
      }
      return out + '\n' + indent + ']'
    }
    case 'string':
      return JSON.stringify(node.value)
    case 'number':
      return node.raw
    case 'boolean':
      return node.value ? 'true' : 'false'
    case 'null':
      return 'null'
  }
}
