// RTC616: template placeholders that were never filled in: `<ACCOUNT_ID>`,
// `${var}` (Terraform, Serverless, envsubst), `#{AWS::AccountId}`, `{{var}}`,
// a literal `...`. They turn account ids into non-numbers and ARNs into text
// that matches nothing. IAM policy variables (`${aws:username}`, `${*}`) are
// real syntax and are left alone.
import type { JsonNode, JsonString, Span } from '../../json-ast/types.js'
import { arnColons } from '../../iam/catalog/arn-fit.js'
import { conditionKeyNamespace } from '../../iam/catalog/index.js'
import { parsePolicyVariable } from '../../iam/variables.js'
import type { FindingDraft, LintContext, Rule } from '../context.js'

export interface Placeholder {
  text: string
  /** Index in the string value. */
  index: number
}

const PLACEHOLDER = /<[^<>"\s]{1,100}>|\$\{[^{}]*\}|#\{[^{}]*\}|\{\{[^{}]*\}\}|\.\.\.|\u2026/g

/** What a condition key looks like: `prefix:name`, the name not opening with a second ':' (as `AWS::AccountId` does). */
const KEY_SHAPE = /^[A-Za-z0-9._/-]+:[A-Za-z0-9_][^\s:]*(:[^\s:]+)*$/

/**
 * `${...}` that IAM itself understands: `${*}`, `${?}`, `${$}` and
 * `${prefix:key}` with a known prefix, maybe with a default value
 * (`${aws:PrincipalTag/team, 'company-wide'}`). CloudFormation's pseudo
 * parameters (`${AWS::AccountId}`) open with "AWS:" too, but no key has an
 * empty part.
 */
function isPolicyVariable(token: string): boolean {
  const variable = parsePolicyVariable(token.slice(2, -1))
  if (variable === undefined) return false
  if ('character' in variable) return true
  return KEY_SHAPE.test(variable.key) && conditionKeyNamespace(variable.key) !== 'unknown'
}

const VARIABLE = /\$\{[^{}]*\}/g

/** The first policy variable IAM understands in the text (`${aws:username}`, `${*}`), or undefined. */
export function policyVariableIn(text: string): string | undefined {
  if (!text.includes('${')) return undefined
  VARIABLE.lastIndex = 0
  for (let m = VARIABLE.exec(text); m; m = VARIABLE.exec(text)) if (isPolicyVariable(m[0])) return m[0]
  return undefined
}

/** Quick test before the regex: most strings hold none of the opening characters. */
const OPENING = /[<{\u2026]|\.\.\./

export function mayHavePlaceholder(text: string): boolean {
  return OPENING.test(text)
}

/** The placeholders in one string, in order. */
export function placeholdersIn(text: string): Placeholder[] {
  if (!mayHavePlaceholder(text)) return []
  const out: Placeholder[] = []
  PLACEHOLDER.lastIndex = 0
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    if (m[0].startsWith('${') && isPolicyVariable(m[0])) continue
    out.push({ text: m[0], index: m.index })
  }
  return out
}

/** The text with its placeholders taken out: what stays whatever they become. */
export function withoutPlaceholders(text: string): string {
  let out = text
  for (const p of placeholdersIn(text)) out = out.replace(p.text, '')
  return out
}

export function hasPlaceholder(text: string): boolean {
  // Asked of most strings of every file: the quick test alone answers most.
  return mayHavePlaceholder(text) && placeholdersIn(text).length > 0
}

/** The span of `length` characters at `index` inside a string node, when the source has no escapes there. */
function spanInside(ctx: LintContext, node: JsonString, index: number, length: number): Span {
  const { start, end } = node.span
  if (start.line === end.line && end.offset - start.offset === node.value.length + 2) {
    const raw = ctx.text.slice(start.offset + 1, end.offset - 1)
    if (raw === node.value) {
      const from = { line: start.line, column: start.column + 1 + index, offset: start.offset + 1 + index }
      return { start: from, end: { line: start.line, column: from.column + length, offset: from.offset + length } }
    }
  }
  return node.span
}

function describe(token: string): string {
  if (token === '...' || token === '\u2026') return 'a literal "..." (elided text)'
  if (token.startsWith('#{')) return `the CloudFormation/Serverless placeholder ${token}`
  if (token.startsWith('${')) return `the template variable ${token}`
  if (token.startsWith('{{')) return `the template variable ${token}`
  return `the placeholder ${token}`
}

/**
 * The five colons that part an ARN's fields (arn-fit's arnColons, which
 * passes over the colons inside a policy variable), read with every
 * placeholder blanked out: `#{AWS::AccountId}` and `${AWS::Region}` hold
 * colons that separate nothing. Undefined when the string is not an ARN.
 */
function colonsOfArn(text: string, placeholders: readonly Placeholder[]): number[] | undefined {
  if (!text.startsWith('arn:')) return undefined
  let blanked = ''
  let from = 0
  for (const p of placeholders) {
    blanked += text.slice(from, p.index) + '_'.repeat(p.text.length)
    from = p.index + p.text.length
  }
  const colons = arnColons(blanked + text.slice(from))
  return colons.length === 5 ? colons : undefined
}

/** What each field of an ARN holds, in order after the leading "arn". */
const ARN_FIELDS = ['the partition (aws, aws-cn, aws-us-gov)', 'the service prefix', 'the region', 'a 12-digit account id', 'the resource type and name']

/** " stands where <the field> belongs" for a placeholder at index of an ARN with these colons; '' for a string that is no ARN. */
function whereItStands(colons: readonly number[] | undefined, index: number): string {
  if (colons === undefined) return ''
  let field = 0
  while (field < colons.length && colons[field] < index) field++
  return field === 0 ? '' : ` stands where ${ARN_FIELDS[field - 1]} belongs`
}

/** The strings under node that may hold a placeholder (keys included), in text order. */
function collect(node: JsonNode, into: JsonString[]): void {
  switch (node.kind) {
    case 'string':
      if (mayHavePlaceholder(node.value)) into.push(node)
      return
    case 'array':
      for (const item of node.items) collect(item, into)
      return
    case 'object':
      for (const m of node.members) {
        // A Sid or Id is a label; "..." there changes nothing.
        if (m.key.value === 'Sid' || m.key.value === 'Id') continue
        // Condition keys can carry placeholders too.
        if (mayHavePlaceholder(m.key.value)) into.push(m.key)
        collect(m.value, into)
      }
      return
    default:
  }
}

/**
 * Can some string of a policy's text hold a placeholder? Each kind opens
 * with '<', '${', '#{', '{{', '...' or '…' written out in the text, unless a
 * \u escape spells it: a text with none of these (most policies) has no
 * string worth walking the tree for.
 */
const TEXT_MAY_HOLD_PLACEHOLDER = /[<\u2026]|[$#{]\{|\.\.\.|\\u/

function checkPlaceholders(ctx: LintContext, out: FindingDraft[]): void {
  if (!TEXT_MAY_HOLD_PLACEHOLDER.test(ctx.text)) return
  const strings: JsonString[] = []
  if (ctx.bareStatement) collect(ctx.root, strings)
  else for (const s of ctx.statements) collect(s.node, strings)
  if (strings.length === 0) return
  // One finding per distinct placeholder, at its first use, counting the rest.
  const found = new Map<string, { draft: FindingDraft; count: number; element: string }>()
  for (const node of strings) {
    const placeholders = placeholdersIn(node.value)
    const colons = placeholders.length > 0 ? colonsOfArn(node.value, placeholders) : undefined
    for (const p of placeholders) {
      const seen = found.get(p.text)
      if (seen) {
        seen.count++
        continue
      }
      found.set(p.text, {
        count: 1,
        element: node.value,
        draft: {
          code: 'RTC616',
          span: spanInside(ctx, node, p.index, p.text.length),
          message: `Unresolved placeholder: ${describe(p.text)} in "${node.value}"${whereItStands(colons, p.index)}.`,
          hint: 'Render the template or replace the placeholder with the real value before committing the policy.'
        }
      })
    }
  }
  for (const { draft, count } of found.values()) {
    if (count > 1) draft.message += ` It appears ${count} times; every use needs the real value.`
    out.push(draft)
  }
}

export const placeholderRules: Rule[] = [checkPlaceholders]
