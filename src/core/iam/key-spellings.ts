// A condition key given twice in one operator block, spelt two ways
// (`aws:SourceVpc` and `aws:sourcevpc`) with different values. IAM reads
// condition key names without regard to case (AWS JSON policy elements:
// Condition), so both entries name one key, as a key written twice does; what
// IAM makes of the two values is not documented: both tested (no request
// meets `vpc-a` and `vpc-b`), the last kept, the first kept, or the values
// merged. The diff reads the two as both tested, the reading that admits the
// least in an Allow: a pull request that adds `"aws:SourceVpc": "vpc-a"`
// before `"aws:sourcevpc": "vpc-b"` was said to narrow, where IAM may take
// `vpc-a`. Such a block is as ambiguous as a JSON key given twice.
import type { JsonNode, Span } from '../json-ast/types.js'
import { memberNamed } from '../json-ast/parse.js'
import { statementNodesOf } from './statement-nodes.js'

export interface KeySpeltTwice {
  operator: string
  /** The two spellings, in the order of the text. */
  first: { key: string; span: Span }
  repeated: { key: string; span: Span }
}

// Members read, ever (one addition per member of a condition block): the search reads each once, and a test counts
// this over a run to hold it to linear growth rather than time it (the machine is shared).
let membersRead = 0

/** How many condition-block members keySpeltTwice has read so far, in all. Only ever grows. */
export function conditionMembersRead(): number {
  return membersRead
}


/** A value's test as a set of texts (order and repeats do not change a test; IAM compares booleans and numbers as text). */
function valuesKey(node: JsonNode): string {
  const items = node.kind === 'array' ? node.items : [node]
  const texts: string[] = []
  for (const item of items) {
    if (item.kind === 'string') texts.push(`s${item.value}`)
    else if (item.kind === 'number') texts.push(`s${item.raw}`)
    else if (item.kind === 'boolean') texts.push(`s${String(item.value)}`)
    else texts.push(item.kind) // a value IAM refuses: told apart by its kind only
  }
  return [...new Set(texts)].sort().join('\u0000')
}

/**
 * The first condition key spelt two ways with different values in one
 * operator block of the document's statements, or undefined. One pass over
 * the blocks' members (a map per block); keys written identically are the
 * parser's duplicate keys, not looked at here.
 */
export function keySpeltTwice(root: JsonNode | undefined): KeySpeltTwice | undefined {
  for (const statement of statementNodesOf(root)) {
    if (statement.kind !== 'object') continue
    const condition = memberNamed(statement, 'Condition')?.value
    if (condition?.kind !== 'object') continue
    for (const block of condition.members) {
      if (block.value.kind !== 'object') continue
      const seen = new Map<string, { key: string; span: Span; values: string }>()
      for (const m of block.value.members) {
        membersRead++
        const lower = m.key.value.toLowerCase()
        const values = valuesKey(m.value)
        const earlier = seen.get(lower)
        if (!earlier) seen.set(lower, { key: m.key.value, span: m.key.span, values })
        else if (earlier.key !== m.key.value && earlier.values !== values) {
          return { operator: block.key.value, first: { key: earlier.key, span: earlier.span }, repeated: { key: m.key.value, span: m.key.span } }
        }
      }
    }
  }
  return undefined
}
