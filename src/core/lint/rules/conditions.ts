// RTC4xx: conditions. Operator names (with IfExists and the ForAllValues:/
// ForAnyValue: set prefixes), value types, wildcards with literal operators,
// unknown keys, identity-provider keys written as URLs, account-id values, and
// set operators on the wrong kind of key. Duplicate operators are found from
// the parser's duplicate keys (see parse.ts).
import type { JsonNode } from '../../json-ast/types.js'
import { actionsMatching, conditionKeyForms, conditionKeyNamespace, findConditionKey, serviceKeysOfAction, type ConditionKeyInfo } from '../../iam/catalog/index.js'
import type { ConditionEntry, FindingDraft, LintContext, Rule, StatementView } from '../context.js'
import { statementLabel } from '../context.js'
import { hasPlaceholder } from './placeholders.js'
import { arnColons } from '../../iam/catalog/arn-fit.js'
import { AVAILABILITY_ZONE_NAME, REGION_NAME, VIA_SERVICE_NAME } from '../../iam/region-name.js'
import { serviceOf } from '../actions.js'
import { hasWildcard } from '../../iam/wildcard.js'
import { listText } from '../../list-text.js'
import { replaceBraces } from '../../iam/variables.js'
import { valueFormatOf } from '../../iam/key-value-formats.js'
import { memorable } from '../../memo-key.js'
import { isUnlistedConditionKey } from '../../iam/catalog/unlisted-condition-keys.js'
import { readConditionValue, type ValueFamily, type ValueReading } from '../../iam/value-forms.js'
import { isAccountId, OWNER_ACCOUNT_WORDS, principalTypesOf } from '../../iam/arn.js'

type Family = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null'

const OPERATORS: Record<string, Family> = {}
// Each operator's name as IAM spells it, by its lower-cased form.
const SPELLED: Record<string, string> = {}
const add = (family: Family, names: string[]) => {
  for (const n of names) {
    OPERATORS[n.toLowerCase()] = family
    SPELLED[n.toLowerCase()] = n
  }
}
add('String', ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'])
add('Numeric', ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals'])
add('Date', ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals'])
add('Bool', ['Bool'])
add('Binary', ['BinaryEquals'])
add('IpAddress', ['IpAddress', 'NotIpAddress'])
add('Arn', ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'])
add('Null', ['Null'])

/** Operators that compare literally: '*' in their values is a plain character. */
const LITERAL_STRING = new Set(['stringequals', 'stringnotequals', 'stringequalsignorecase', 'stringnotequalsignorecase'])

/** Keys whose values are account ids. */
const ACCOUNT_KEYS = new Set([
  'aws:sourceaccount',
  'aws:principalaccount',
  'aws:resourceaccount',
  'aws:vpceaccount',
  'kms:calleraccount',
  's3:resourceaccount',
  'sts:sourceaccount'
])

export interface ParsedOperator {
  family: Family
  /** Lower-cased base name, e.g. "stringequals". */
  base: string
  set?: 'ForAllValues' | 'ForAnyValue'
  ifExists: boolean
  /**
   * The name as IAM spells it ("ForAnyValue:StringLikeIfExists"). IAM reads
   * operator names case-sensitively: a policy with "stringEquals" is refused
   * ("MalformedPolicyDocument: Invalid Condition type"), so a name read here
   * without regard to case is an operator only when it is spelt so.
   */
  spelled: string
}

export function parseOperator(name: string): ParsedOperator | undefined {
  let rest = name
  let set: ParsedOperator['set']
  const lower = name.toLowerCase()
  if (lower.startsWith('forallvalues:')) {
    set = 'ForAllValues'
    rest = name.slice('ForAllValues:'.length)
  } else if (lower.startsWith('foranyvalue:')) {
    set = 'ForAnyValue'
    rest = name.slice('ForAnyValue:'.length)
  }
  let base = rest.toLowerCase()
  let ifExists = false
  if (base.endsWith('ifexists') && base !== 'ifexists') {
    ifExists = true
    base = base.slice(0, -'ifexists'.length)
  }
  // Own keys only: "constructor" and "__proto__" are on every object's prototype.
  const family = Object.hasOwn(OPERATORS, base) ? OPERATORS[base] : undefined
  if (!family || (family === 'Null' && ifExists)) return undefined
  return { family, base, set, ifExists, spelled: `${set ? `${set}:` : ''}${SPELLED[base]}${ifExists ? 'IfExists' : ''}` }
}

function scalarText(v: JsonNode): string | undefined {
  if (v.kind === 'string') return v.value
  if (v.kind === 'number') return v.raw
  if (v.kind === 'boolean') return String(v.value)
  return undefined
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

// Values repeat file after file ("true", "0.0.0.0/0", "3600"), and an address is read with BigInt arithmetic: each
// distinct value is read once per family, for the first MEMO_LIMIT of them (a hostile input cannot grow these).
const readings: Record<ValueFamily, Map<string, ValueReading<unknown>>> = { Numeric: new Map(), Date: new Map(), IpAddress: new Map(), Bool: new Map() }

function valueReading(family: ValueFamily, text: string): ValueReading<unknown> {
  const memo = readings[family]
  let reading = memo.get(text)
  if (reading === undefined) {
    reading = readConditionValue(family, text)
    if (memo.size < MEMO_LIMIT && memorable(text)) memo.set(text, reading)
  }
  return reading
}

/**
 * What is wrong with one value for the operator family, or undefined when it
 * fits: `undocumented` when it is in a form IAM does not document (RTC416),
 * read by the module the evaluator and the diff share (iam/value-forms.ts).
 */
function valueProblem(family: Family, v: JsonNode): { text: string; undocumented?: true } | undefined {
  const text = scalarText(v)
  if (text === undefined) return undefined // wrong JSON types are RTC117
  if (v.kind === 'string' && (text.includes('${') || hasPlaceholder(text))) return undefined
  switch (family) {
    case 'Bool':
    case 'Null':
    case 'Numeric':
    case 'Date':
    case 'IpAddress': {
      const reading = valueReading(family === 'Null' ? 'Bool' : family, text)
      if (reading.form === 'documented') return undefined
      return { text: `"${text}" ${reading.note}`, ...(reading.form === 'undocumented' ? { undocumented: true as const } : {}) }
    }
    case 'Arn': {
      if (text === '*') return undefined
      if (!text.startsWith('arn:')) return { text: `"${text}" is not an ARN` }
      // The ARN operators compare the six colon-separated parts one by one: with fewer and no wildcard to stand for the rest, no ARN matches.
      const parts = arnColons(text).length + 1
      return parts < 6 && !hasWildcard(text) ? { text: `"${text}" has ${parts} of the 6 parts of an ARN (arn:partition:service:region:account:resource)` } : undefined
    }
    case 'Binary':
      return BASE64.test(text) ? undefined : { text: `"${text}" is not base64` }
    default:
      return undefined
  }
}

const FAMILY_HINT: Record<Family, string> = {
  String: '',
  Bool: 'Write "true" or "false".',
  Null: 'Write "true" (key absent) or "false" (key present).',
  Numeric: 'Write an integer or a decimal, e.g. "3600" or "0.5".',
  Date: 'Write a date and time with its time zone, like "2026-01-31T00:00:00Z", or epoch seconds.',
  IpAddress: 'Write an address or CIDR range like "203.0.113.0/24", with no spaces or leading zeros, and an IPv6 address with its prefix length ("2001:db8::1/128" for one address).',
  Arn: 'Write a full ARN (wildcards allowed), or use a String operator.',
  Binary: 'Write the value base64-encoded.'
}

// Operators and keys repeat file after file, and each entry is asked about
// by several checks: what a name says is worked out once, for the first
// distinct names (no more, so a hostile input cannot grow these).
const MEMO_LIMIT = 5000
const operatorMemo = new Map<string, ParsedOperator | null>()

/**
 * The operator `name` is as IAM reads it, spelt exactly (a miscased name is
 * none: see ParsedOperator.spelled); remembered by the name as written.
 */
export function operatorNamed(name: string): ParsedOperator | undefined {
  let op = operatorMemo.get(name)
  if (op === undefined) {
    const parsed = parseOperator(name)
    op = parsed && parsed.spelled === name ? parsed : null
    if (operatorMemo.size < MEMO_LIMIT && memorable(name)) operatorMemo.set(name, op)
  }
  return op ?? undefined
}

/** What a condition key as written is, for the checks below. */
interface KeyReading {
  /** Written with the URL scheme of an identity provider (RTC406). */
  url: boolean
  placeholder: boolean
  namespace: ReturnType<typeof conditionKeyNamespace>
  /** The catalogue's entry, for a global or service key it lists. */
  info: ConditionKeyInfo | undefined
}

const keyMemo = new Map<string, KeyReading>()

function keyReading(key: string): KeyReading {
  let reading = keyMemo.get(key)
  if (reading === undefined) {
    const namespace = conditionKeyNamespace(key)
    reading = {
      url: /^https?:\/\//i.test(key),
      placeholder: hasPlaceholder(key),
      namespace,
      info: namespace === 'global' || namespace === 'service' ? findConditionKey(key) : undefined
    }
    if (keyMemo.size < MEMO_LIMIT && memorable(key)) keyMemo.set(key, reading)
  }
  return reading
}

/** Checks one entry. */
function checkEntry(entry: ConditionEntry, out: FindingDraft[], unknownOperatorReported: Set<unknown>): void {
  const opName = entry.operator.value
  const op = operatorNamed(opName)
  if (!op) {
    if (!unknownOperatorReported.has(entry.operator)) {
      unknownOperatorReported.add(entry.operator)
      // An operator in another case says which one was meant.
      const miscased = parseOperator(opName)
      out.push(
        miscased
          ? {
              code: 'RTC401',
              span: entry.operator.span,
              message: `"${opName}" is not a condition operator as written: IAM reads operator names case-sensitively and refuses the policy (MalformedPolicyDocument: Invalid Condition type).`,
              hint: `Write ${miscased.spelled}.`
            }
          : {
              code: 'RTC401',
              span: entry.operator.span,
              message: `"${opName}" is not a condition operator.`,
              hint: 'Use e.g. StringEquals, StringLike, ArnLike, Bool, NumericLessThan, IpAddress or Null (IfExists and ForAllValues:/ForAnyValue: allowed).'
            }
      )
    }
    return
  }
  const key = entry.key.value
  // An operator that cannot compare the key (RTC409) is the one mistake: values
  // that do not fit it (RTC402), or that it made the author write in its form
  // ("true" under Bool on an account-id key, RTC407), follow from it.
  const wrongOperator = checkOperatorKeyType(entry, op, out)
  // Value types.
  for (let i = 0, values = entry.values; i < values.length && !wrongOperator; i++) {
    const v = values[i]
    const problem = valueProblem(op.family, v)
    if (problem?.undocumented) {
      out.push({
        code: 'RTC416',
        span: v.span,
        message: `${opName} on ${key}: ${problem.text}, a form IAM does not document, so how IAM compares it is not known.`,
        hint: FAMILY_HINT[op.family]
      })
    } else if (problem) {
      out.push({ code: 'RTC402', span: v.span, message: `${opName} on ${key}: ${problem.text}, so the condition never matches as intended.`, hint: FAMILY_HINT[op.family] })
    }
  }
  // Wildcards under literal operators.
  if (LITERAL_STRING.has(op.base)) {
    for (let i = 0, values = entry.values; i < values.length; i++) {
      const v = values[i]
      if (v.kind === 'string' && v.value.includes('*') && !v.value.includes('${*}')) {
        const like = opName.replace(/Equals(IgnoreCase)?/i, 'Like')
        out.push({
          code: 'RTC404',
          span: v.span,
          message: `${opName} compares "${v.value}" literally: '*' is not a wildcard here${v.value === '*' ? `, so ${key} is tested against the one-character text "*"` : ''}.`,
          hint: v.value === '*' ? `To test that ${key} is present use "Null": {"${key}": "false"}; for a pattern use ${like}.` : `Use ${like} for a pattern.`
        })
      }
    }
  }
  // The key itself.
  const reading = keyReading(key)
  if (reading.url) {
    out.push({
      code: 'RTC406',
      span: entry.key.span,
      message: `Condition key "${key}" includes the URL scheme; IAM names identity-provider keys without it, so this key is never present.`,
      hint: `Write "${key.replace(/^https?:\/\//i, '')}".`
    })
    return
  }
  if (reading.placeholder) return
  const ns = reading.namespace
  const info = reading.info
  if (ns === 'unknown' || ((ns === 'global' || ns === 'service') && !info && !isUnlistedConditionKey(key))) {
    out.push({
      code: 'RTC405',
      span: entry.key.span,
      message: ns === 'unknown' ? `"${key}" is not a condition key: "${key.split(':')[0]}" is neither aws, a service nor an identity provider.` : `Unknown condition key ${key}.`,
      hint: 'Check the key in the Service Authorization Reference (global keys start with aws:).'
    })
  }
  if (op.family === 'Null' && op.set) {
    // Null tests whether the key is in the request, not its values, whatever the key; the set operators compare each
    // value, ForAllValues: true and ForAnyValue: false when there are none (IAM User Guide, "Single-valued vs.
    // multivalued context keys"). AWS documents no set-qualified Null: plain Null tests a multivalued key too.
    out.push({
      code: 'RTC408',
      span: entry.operator.span,
      message: `${opName}: Null tests whether ${key} is in the request, not its values, and AWS documents no ${op.set}: form of it; ${op.set} is ${
        op.set === 'ForAllValues' ? 'true when the key is absent, so a test that the key is present can pass without it' : 'false when the key is absent, so a test that the key is absent can never hold'
      }.`,
      hint: `Drop the ${op.set}: prefix: "Null": {"${key}": "false"} holds when ${key} is in the request, "true" when it is not.`
    })
  } else if (info && op.family !== 'Null') {
    const multi = info.type.startsWith('ArrayOf')
    if (op.set && !multi) {
      out.push({
        code: 'RTC408',
        span: entry.operator.span,
        message: `${op.set}: is for multivalued keys; ${key} has one value${op.set === 'ForAllValues' ? ', and ForAllValues is also true when the key is absent' : ''}.`,
        // ForAnyValue: is false when the key is absent, a negated operator alone true (IAM User Guide, "Condition
        // operators"): dropping the prefix alone would widen a Deny to every request without the key (AWS's RAM
        // SCP examples write ForAnyValue:StringNotEquals on the single-valued ram:Principal).
        hint:
          op.set === 'ForAnyValue' && isNegated(op) && !op.ifExists
            ? `Drop the ForAnyValue: prefix and add "Null": {"${key}": "false"}: ${opName} is false when ${key} is absent, and ${opName.slice('ForAnyValue:'.length)} alone is true then.`
            : `Drop the ${op.set}: prefix.`
      })
    } else if (!op.set && multi) {
      out.push({
        code: 'RTC408',
        span: entry.operator.span,
        message: `${key} is multivalued; ${opName} without ForAnyValue:/ForAllValues: does not say how the values compare.`,
        hint: `Write ForAnyValue:${opName} or ForAllValues:${opName}.`
      })
    }
  }
  // Account-id keys.
  // Null tests presence ("true"/"false"), whatever the key holds.
  if (op.family !== 'Null' && !wrongOperator && ACCOUNT_KEYS.has(key.toLowerCase())) {
    for (let i = 0, values = entry.values; i < values.length; i++) {
      const v = values[i]
      const text = scalarText(v)
      if (text === undefined || hasPlaceholder(text) || text.includes('${')) continue
      if (op.base.endsWith('like') && hasWildcard(text)) continue
      if (!isAccountId(text)) {
        out.push({
          code: 'RTC407',
          span: v.span,
          message: /^\d+$/.test(text) ? `${key} value ${text} has ${text.length} digits, not a 12-digit account id.` : `${key} value "${text}" is not a 12-digit account id.`,
          hint: 'Use the 12-digit account id (keep leading zeros).'
        })
      }
    }
  }
  if (info && op.family === 'String') checkArnKeyValues(entry, op, info, out)
  if (!wrongOperator && (op.family === 'Arn' || (op.family === 'String' && (info?.type === 'ARN' || info?.type === 'ArrayOfARN')))) checkConditionArnParts(entry, op, out)
  if ((op.family === 'String' || op.family === 'Arn') && entry.lowerKey === 'aws:principalarn') {
    checkPrincipalArnSessions(entry, op, out)
    checkPrincipalArnTypes(entry, op, out)
  }
  if (op.family === 'String') {
    checkIdKeyValues(entry, op, out)
    checkFormatKeyValues(entry, op, out)
  }
}

interface IdForm {
  /** What the key holds, for messages: "an organization ID". */
  what: string
  /** Every value a request can carry, any case (StringEqualsIgnoreCase reads any). */
  form: RegExp
  example: string
  /**
   * For keys whose values have many forms: an opening no value has, so that a
   * value (or a pattern, whose literal opening it is) that opens so never
   * matches; `form` then admits everything else.
   */
  neverOpens?: RegExp
}

/**
 * aws:userid is the caller's unique ID (AIDA... for a user, AROA...:SESSION
 * for a role session, the account ID for the root user, ACCOUNT:NAME for a
 * federated user, "anonymous"), aws:username an IAM user's friendly name
 * (letters, digits and +=,.@_-): neither ever opens with `arn:`.
 */
// Every text: such a key's check is neverOpens alone.
const ANY_TEXT = /^/
const USER_ID: IdForm = { what: "the caller's unique ID (AIDA... for a user, AROA...:SESSION for a role session, the account ID for the root user), never an ARN", form: ANY_TEXT, example: 'AROAEXAMPLEID:*', neverOpens: /^arn:/i }
const USER_NAME: IdForm = { what: "an IAM user's name, never an ARN", form: ANY_TEXT, example: 'alice', neverOpens: /^arn:/i }

// The Organizations API Reference gives each ID's pattern in lower case ("o-" followed by 10 to 32 lowercase
// letters or digits; "r-" and "ou-" likewise), and the keys carry the IDs as it returns them: an upper-case
// letter is in no request's value (StringEqualsIgnoreCase compares the value lower-cased, below).
const ORGANIZATION_ID: IdForm = { what: 'an organization ID', form: /^o-[a-z0-9]+$/, example: 'o-a1b2c3d4e5' }
const REGION: IdForm = { what: 'a Region name', form: REGION_NAME, example: 'us-east-1' }
const ORGANIZATION_PATH: IdForm = { what: 'an organization path', form: /^o-[a-z0-9]+(\/r-[a-z0-9]+(\/ou-[a-z0-9]+-[a-z0-9]+)*)?\/?$/, example: 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/' }

/**
 * Keys whose values are IDs of one form (the IAM guide's "AWS global
 * condition context keys"): aws:PrincipalOrgID holds `o-...`, aws:SourceVpc a
 * VPC ID `vpc-...`, aws:SourceVpce an endpoint ID `vpce-...`; the org paths
 * open with the organization ID; aws:RequestedRegion and ec2:Region a Region
 * name (`us-east-1`); aws:userid and aws:username never an ARN. Lower-case keys.
 */
const ID_KEYS: ReadonlyMap<string, IdForm> = new Map([
  ['aws:principalorgid', ORGANIZATION_ID],
  ['aws:resourceorgid', ORGANIZATION_ID],
  ['aws:sourceorgid', ORGANIZATION_ID],
  ['aws:principalorgpaths', ORGANIZATION_PATH],
  ['aws:resourceorgpaths', ORGANIZATION_PATH],
  ['aws:sourceorgpaths', ORGANIZATION_PATH],
  ['aws:sourcevpc', { what: 'a VPC ID', form: /^vpc-[a-z0-9]+$/i, example: 'vpc-1a2b3c4d' }],
  ['aws:sourcevpce', { what: 'a VPC endpoint ID', form: /^vpce-[a-z0-9]+$/i, example: 'vpce-1a2b3c4d' }],
  // The form of a Region name in every partition (iam/region-name.ts); compared as written, so in lower case.
  ['aws:requestedregion', REGION],
  ['ec2:region', REGION],
  ['aws:userid', USER_ID],
  ['aws:username', USER_NAME],
  // The service that called KMS for the caller, by its Regional name (iam/region-name.ts): never "ec2" or "s3.amazonaws.com".
  ['kms:viaservice', { what: 'the name of the service that called AWS KMS on the caller\'s behalf (SERVICE.REGION.amazonaws.com in every partition)', form: VIA_SERVICE_NAME, example: 'ec2.us-west-2.amazonaws.com' }]
])

/** What a value of another ID's form is, to name the slip: an account ID, a VPC endpoint ID... */
function idKindOf(text: string): string | undefined {
  if (isAccountId(text)) return 'an account id'
  if (AVAILABILITY_ZONE_NAME.test(text)) return 'an Availability Zone'
  if (/^vpce-[a-z0-9]+$/i.test(text)) return 'a VPC endpoint ID'
  if (/^vpc-[a-z0-9]+$/i.test(text)) return 'a VPC ID'
  if (/^o-[a-z0-9]+$/.test(text)) return 'an organization ID'
  if (/^o-[a-z0-9]+$/i.test(text)) return 'an organization ID in upper case, which AWS never sends'
  if (/^arn:/i.test(text)) return 'an ARN'
  return undefined
}

/**
 * RTC414: a String operator on a key that holds IDs of one form (organization,
 * VPC, VPC endpoint), given a value of no such form: every request's value
 * has it, so the value never matches, and a negated operator is then true for
 * every request. Patterns (a wildcard under a Like operator), policy
 * variables and template placeholders are left alone.
 */
function checkIdKeyValues(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  const id = ID_KEYS.get(entry.lowerKey)
  if (!id) return
  const key = entry.key.value
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i]
    const text = scalarText(v)
    if (text === undefined || text.includes('${') || hasPlaceholder(text)) continue
    if (id.neverOpens !== undefined) {
      // A pattern's literal opening is the value's: `arn:*` matches no unique ID either.
      if (!id.neverOpens.test(text)) continue
    } else if ((readsStringWildcards(op) && hasWildcard(text)) || id.form.test(op.base.endsWith('ignorecase') ? text.toLowerCase() : text)) continue
    const kind = idKindOf(text)
    out.push({
      code: 'RTC414',
      span: v.span,
      message: `${key} holds ${id.what}, and "${text}" is ${kind ?? 'none'}: ${neverMatchesAsIntended(entry, op)}.`,
      hint: id.neverOpens
        ? `To name a principal by its ARN, use ArnLike or ArnNotLike on aws:PrincipalArn; ${key} takes values such as "${id.example}".`
        : `Give ${id.what} (such as "${id.example}")${kind === 'an account id' ? ', or test the account with aws:PrincipalAccount, aws:ResourceAccount or aws:SourceAccount' : ''}.`
    })
  }
}

/**
 * RTC414 for keys whose request value AWS takes from an API parameter it
 * validates against a documented pattern (key-value-formats.ts): the STS API
 * Reference gives AssumeRole's ExternalId 2 to 1224 characters of
 * [\w+=,.@:/-], and RoleSessionName and SourceIdentity 2 to 64 of [\w+=,.@-].
 * A value outside the pattern is in no request, so an Equals operator never
 * matches it (`"sts:ExternalId": ""`, an empty external ID, admits no one; a
 * negated operator is true for every request). Values with a wildcard are
 * left to StringLike (and to RTC404 under a literal operator), policy
 * variables and placeholders to what they stand for.
 */
function checkFormatKeyValues(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  const format = valueFormatOf(entry.key.value)
  if (!format) return
  const key = entry.key.value
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i]
    const text = scalarText(v)
    if (text === undefined || text.includes('${') || hasPlaceholder(text) || hasWildcard(text) || format.pattern.test(text)) continue
    out.push({
      code: 'RTC414',
      span: v.span,
      message: `${key} is ${format.rule} (the STS API refuses any other value), and ${text === '' ? 'the empty string' : `"${text}"`} is not: ${neverMatchesAsIntended(entry, op)}.`,
      hint: `Give the value the caller sends (${format.rule}).`
    })
  }
}

/**
 * "OPERATOR never matches it as intended", and what a negated operator then does: the end of every finding on a
 * condition value that no request can hold.
 */
function neverMatchesAsIntended(entry: ConditionEntry, op: ParsedOperator): string {
  return `${entry.operator.value} never matches it as intended${isNegated(op) ? ' (a negated operator is then true for every request, so it limits nothing)' : ''}`
}

/** How an operator compares the ARN values of a condition, read once per entry for the checks that read their parts. */
interface ArnComparison {
  /** An IgnoreCase operator: each part compares without case. */
  ignoreCase: boolean
  /** A String Like operator: a wildcard may span parts, so a part after one is not known (Arn operators compare part by part). */
  spanning: boolean
  /** "OPERATOR never matches it as intended", and what a negated operator then does: the end of every such finding. */
  unmatched: string
}

/**
 * Calls visit, in value order, for each string value of the entry that is an
 * ARN (`arn:`, in any case) with the five colons before its resource part
 * (arnColons, which skips colons inside a policy variable), and holds no
 * placeholder (RTC616 speaks for those). With 'skip variables' a value with a
 * policy variable anywhere is left out too, for checks that cannot know what
 * it stands for; 'read variables' leaves each part's variables to the check.
 */
function forEachConditionArn(
  entry: ConditionEntry,
  op: ParsedOperator,
  variables: 'skip variables' | 'read variables',
  visit: (v: JsonNode, text: string, colons: number[], how: ArnComparison) => void
): void {
  const how: ArnComparison = {
    ignoreCase: op.base.endsWith('ignorecase'),
    spanning: op.family === 'String' && readsStringWildcards(op),
    unmatched: neverMatchesAsIntended(entry, op)
  }
  const skipVariables = variables === 'skip variables'
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i]
    if (v.kind !== 'string') continue
    const text = v.value
    if (!/^arn:/i.test(text) || (skipVariables && text.includes('${')) || hasPlaceholder(text)) continue
    const colons = arnColons(text)
    if (colons.length < 5) continue
    visit(v, text, colons, how)
  }
}

/** A role session's ARN, the role's partition, account and name: arn:PARTITION:sts::ACCOUNT:assumed-role/NAME/... */
const SESSION_ARN = /^arn:([^:]*):sts::([^:]*):assumed-role\/([^/]*)/

/**
 * RTC415: aws:PrincipalArn given a role session's ARN. For a request made with
 * a role the key holds the role's ARN (arn:aws:iam::ACCOUNT:role/NAME), never
 * the session's: the IAM User Guide says so, and "Do not specify the assumed
 * role session ARN as a value for this condition key". So the value never
 * matches, and a negated operator (the usual "deny all but this role") is true
 * for the role's own requests too. Arn operators compare the six parts one by
 * one, so any partition or account pattern stays in its part; under a String
 * operator a "*" before the service may cross colons, and the value is read
 * only when none stands there. Policy variables and placeholders are left alone.
 */
function checkPrincipalArnSessions(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  forEachConditionArn(entry, op, 'skip variables', (v, text, _colons, { spanning }) => {
    const m = SESSION_ARN.exec(text)
    if (!m || (spanning && text.lastIndexOf('*', m[0].length - m[3].length - 1) !== -1)) return
    const [, partition, account, name] = m
    out.push({
      code: 'RTC415',
      span: v.span,
      message: `${entry.key.value} holds the role's ARN for a request made with a role (arn:aws:iam::ACCOUNT:role/NAME), never a session ARN: "${text}" never matches it, so ${entry.operator.value} ${isNegated(op) ? "is true for every request, the role's own included (it limits nothing)" : 'never matches as written'}.`,
      hint: `Write "arn:${partition}:iam::${account}:role/${name}" (a path before the name is part of the role ARN: role/PATH/${name}).`
    })
  })
}

/**
 * RTC305 for aws:PrincipalArn given an IAM or STS ARN of no principal it
 * holds. The IAM User Guide gives its values: the ARN of the IAM user, of the
 * role (for a role session), arn:aws:iam::ACCOUNT:root, or an STS federated
 * user's; IAM writes them in lower case and ARN and String operators compare
 * with case. So "roles/", "Role/", "arn:aws:IAM::", a group's or an STS
 * "role/" ARN never matches, and a negated operator (the usual Deny for all
 * but an admin role) refuses the admin too. Other services' ARNs, wildcards
 * in the service or type, patterns that may span parts, policy variables and
 * placeholders are left alone.
 */
function checkPrincipalArnTypes(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  forEachConditionArn(entry, op, 'skip variables', (v, text, colons, { ignoreCase, spanning, unmatched }) => {
    if (spanning && hasWildcard(text.slice(0, colons[2]))) return
    const service = text.slice(colons[1] + 1, colons[2])
    const lowerService = service.toLowerCase()
    // A session's type is RTC415's.
    const types = principalTypesOf(lowerService)
    if (types === undefined) return
    const what = `${entry.key.value} holds the ARN of an IAM user or role, the account root or a federated user, and`
    if (!ignoreCase && service !== lowerService) {
      out.push({ code: 'RTC305', span: v.span, message: `${what} "${service}" in ${text} names none of them: ${unmatched}.`, hint: `Write "${lowerService}".` })
      return
    }
    if (spanning && hasWildcard(text.slice(0, colons[4] + 1))) return
    const resource = text.slice(colons[4] + 1)
    const slash = resource.indexOf('/')
    const type = slash === -1 ? resource : resource.slice(0, slash)
    if (type === '' || hasWildcard(type)) return
    const lowerType = type.toLowerCase()
    const fits = types.has(lowerType) && (lowerType === 'root') === (slash === -1)
    if (fits && (ignoreCase || type === lowerType)) return
    const meant = fits ? lowerType : lowerType.endsWith('s') && types.has(lowerType.slice(0, -1)) ? lowerType.slice(0, -1) : undefined
    out.push({
      code: 'RTC305',
      span: v.span,
      message: `${what} "${type}" in ${text} names none of them: ${unmatched}.`,
      hint: meant !== undefined && meant !== 'root' ? `Write "${meant}/".` : 'Write arn:aws:iam::ACCOUNT:role/NAME (a path before the name is part of it), user/NAME or root.'
    })
  })
}

/**
 * RTC413: a String operator on a key that holds ARNs (aws:PrincipalArn,
 * aws:SourceArn, ec2:Vpc), given a value that is no ARN and no pattern that
 * could match one: every request's value starts with `arn:`, so the value
 * never matches, and a negated operator limits nothing. An account id there is
 * the usual slip (aws:PrincipalArn written for aws:PrincipalAccount). Arn
 * operators check their values as ARNs already (RTC402).
 */
function checkArnKeyValues(entry: ConditionEntry, op: ParsedOperator, info: ConditionKeyInfo, out: FindingDraft[]): void {
  if (info.type !== 'ARN' && info.type !== 'ArrayOfARN') return
  const key = entry.key.value
  for (let i = 0, values = entry.values; i < values.length; i++) {
    const v = values[i]
    const text = scalarText(v)
    if (text === undefined || text.includes('${') || hasPlaceholder(text)) continue
    if (/^arn:/i.test(text) || (readsStringWildcards(op) && hasWildcard(text))) continue
    const account = isAccountId(text)
    out.push({
      code: 'RTC413',
      span: v.span,
      message: `${key} holds ARNs, and "${text}" is ${account ? 'an account id' : 'no ARN'}: ${neverMatchesAsIntended(entry, op)}.`,
      hint: account
        ? 'To test the caller\'s or the source\'s account, use aws:PrincipalAccount or aws:SourceAccount; to name a principal or resource, give its full ARN.'
        : `Give the full ARN (arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE)${readsStringWildcards(op) ? ', or a pattern of one' : ''}.`
    })
  }
}

/**
 * The Region and account parts of an ARN a condition compares: under an Arn
 * operator, or a String operator on a key that holds ARNs (aws:SourceArn,
 * aws:PrincipalArn). The request's ARN is a real resource's or principal's: its
 * Region part is a Region name or empty (a global resource), and its account
 * part 12 digits, empty (S3) or a word AWS writes for its own policies
 * (OWNER_ACCOUNT_WORDS). As in a Resource ARN (RTC301, RTC304), any other
 * part never matches, and a negated operator (the usual "deny all but this
 * role") is then true for the exempt principal too. An account is RTC407, as
 * for the account keys; a Region is RTC402 under an Arn operator and RTC413
 * under a String one, as for a value that is no ARN. Arn operators compare the
 * six parts one by one, so only a wildcard in the part itself stands for
 * others; under a String Like operator a wildcard before the part may span
 * parts, and the part is then left alone. Policy variables and placeholders
 * (RTC616) are left alone too.
 */
function checkConditionArnParts(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  forEachConditionArn(entry, op, 'read variables', (v, text, colons, { ignoreCase, spanning, unmatched }) => {
    const region = text.slice(colons[2] + 1, colons[3])
    if (
      region !== '' &&
      !REGION_NAME.test(ignoreCase ? region.toLowerCase() : region) &&
      !region.includes('${') &&
      !hasWildcard(region) &&
      !(spanning && hasWildcard(text.slice(0, colons[3])))
    ) {
      out.push({
        code: op.family === 'Arn' ? 'RTC402' : 'RTC413',
        span: v.span,
        message: `${entry.key.value} value ${text} names the Region "${region}", which is no Region name: no ARN has it, so ${unmatched}.`,
        hint: 'Write the Region as AWS names it (lower case, two hyphens: us-east-1), or leave it empty where the resource has none.'
      })
    }
    const account = text.slice(colons[3] + 1, colons[4])
    if (account === '' || isAccountId(account) || OWNER_ACCOUNT_WORDS.has(ignoreCase ? account.toLowerCase() : account)) return
    if (account.includes('${') || hasWildcard(account) || (spanning && hasWildcard(text.slice(0, colons[4])))) return
    const digits = /^\d+$/.test(account)
    out.push({
      code: 'RTC407',
      span: v.span,
      message: `${entry.key.value} value ${text} names the account ${account}, ${digits ? `of ${account.length} digits, not 12` : 'which is not a 12-digit account id'}: no ARN has it, so ${unmatched}.`,
      hint: 'Use the 12-digit account id (keep leading zeros).'
    })
  })
}

/**
 * Key types each operator family cannot compare (RTC409). Only the pairs
 * that can never work: String operators compare any key's text, Arn
 * operators work on String keys that hold ARNs, Numeric and Date operators
 * both read epoch times, and Null takes any key. Numeric and Date operators
 * also read a String key whose value is a number's or a date's text: the
 * Service Authorization Reference types glacier:ArchiveAgeInDays as String,
 * and the S3 Glacier Developer Guide's vault lock policy compares it with
 * NumericLessThan. So on a String key RTC409 speaks only when a value
 * cannot be the operator's type, with policy variables read as anything
 * (readableAs).
 */
const INCOMPATIBLE: Partial<Record<Family, ReadonlySet<string>>> = {
  IpAddress: new Set(['String', 'ARN', 'Numeric', 'Date', 'Bool', 'Binary']),
  Numeric: new Set(['String', 'ARN', 'Bool', 'IPAddress', 'Binary']),
  Date: new Set(['String', 'ARN', 'Bool', 'IPAddress', 'Binary']),
  Bool: new Set(['ARN', 'Numeric', 'Date', 'IPAddress', 'Binary']),
  Arn: new Set(['Numeric', 'Date', 'Bool', 'IPAddress', 'Binary'])
}

const TYPE_WORDS: Record<string, string> = {
  String: 'a string',
  ARN: 'an ARN',
  Numeric: 'a number',
  Date: 'a date',
  Bool: 'a boolean',
  IPAddress: 'an IP address',
  Binary: 'binary data'
}

const OPERATOR_FOR: Record<string, string> = {
  String: 'StringEquals or StringLike',
  ARN: 'ArnEquals or ArnLike',
  Numeric: 'a Numeric operator',
  Date: 'a Date operator',
  Bool: 'Bool',
  IPAddress: 'IpAddress or NotIpAddress',
  Binary: 'BinaryEquals'
}

/**
 * Key types a String operator compares only as text (RTC411): it can match
 * ("true" on a boolean key), but it reads the key's value as a string, so
 * 2.0 is not 2 and a CIDR block is not a range. IAM
 * Access Analyzer reports these as a type mismatch. ARN keys are left alone:
 * AWS documents String operators on them.
 */
const TEXT_ONLY: Partial<Record<Family, ReadonlySet<string>>> = {
  String: new Set(['Numeric', 'Date', 'Bool', 'IPAddress'])
}

// Table -> family -> key as written -> the key's information when the family
// does not fit it, else null: the same few keys repeat file after file.
const keyTypeMemo = new Map<object, Map<Family, Map<string, ConditionKeyInfo | null>>>()

function keyOfType(table: Partial<Record<Family, ReadonlySet<string>>>, family: Family, key: string): ConditionKeyInfo | null {
  let byFamily = keyTypeMemo.get(table)
  if (!byFamily) keyTypeMemo.set(table, (byFamily = new Map())) // bounded: two tables
  let byKey = byFamily.get(family)
  if (!byKey) byFamily.set(family, (byKey = new Map())) // bounded: eight families
  let found = byKey.get(key)
  if (found === undefined) {
    found = null
    const ns = hasPlaceholder(key) ? 'unknown' : conditionKeyNamespace(key)
    const info = ns === 'global' || ns === 'service' ? findConditionKey(key) : undefined
    if (info) {
      const base = info.type.startsWith('ArrayOf') ? info.type.slice('ArrayOf'.length) : info.type
      if (table[family]?.has(base)) found = info
    }
    if (byKey.size >= 20000) byKey.clear()
    if (memorable(key)) byKey.set(key, found)
  }
  return found
}

/**
 * A value that is one policy variable and nothing else (`${aws:VpcSourceIp}`):
 * IAM takes policy variables in String and ARN operators only, so comparing
 * a typed key with another key's value has no typed operator to use. The IAM
 * User Guide keeps instance credentials on their instance so:
 * `StringNotEquals` on `aws:EC2InstanceSourcePrivateIPv4` against
 * `${aws:VpcSourceIp}`.
 */
function isWholeVariable(v: ConditionEntry['values'][number]): boolean {
  return v.kind === 'string' && /^\$\{[^${}]+\}$/.test(v.value)
}

const baseType = (info: ConditionKeyInfo): string => (info.type.startsWith('ArrayOf') ? info.type.slice('ArrayOf'.length) : info.type)

/** RTC411 and RTC409 on the operator and the key's type; says whether RTC409 was reported. */
function checkOperatorKeyType(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): boolean {
  if (op.family === 'Null') return false
  if (op.family === 'String') {
    const info = keyOfType(TEXT_ONLY, op.family, entry.key.value)
    if (!info || entry.values.every(isWholeVariable)) return false
    const base = baseType(info)
    out.push({
      code: 'RTC411',
      span: entry.operator.span,
      message: `${entry.operator.value} compares ${info.key}, which holds ${TYPE_WORDS[base] ?? base}, as text, character for character: IAM Access Analyzer reports this as a type mismatch.`,
      hint: `Use ${OPERATOR_FOR[base] ?? 'an operator of the key\'s type'} for ${info.key}.`
    })
    return false
  }
  const info = keyOfType(INCOMPATIBLE, op.family, entry.key.value)
  if (!info) return checkOperatorKeyForm(entry, op, out)
  const base = baseType(info)
  if (base === 'String' && (op.family === 'Numeric' || op.family === 'Date') && entry.values.every((v) => readableAs(op.family, v))) return checkOperatorKeyForm(entry, op, out)
  out.push({
    code: 'RTC409',
    span: entry.operator.span,
    message: `${entry.operator.value} cannot compare ${info.key}, which holds ${TYPE_WORDS[base] ?? base}: the condition never matches as written.`,
    hint: `Use ${OPERATOR_FOR[base] ?? 'an operator of the key\'s type'} for ${info.key}.`
  })
  return true
}

/**
 * What a String key whose every value has one form holds, for the operator
 * families no such value can satisfy. The ID keys with a form (RTC414:
 * `o-...`, `vpc-...`, `vpce-...`, an organization path, a Region name) are
 * never "true" or "false", a number, a date or an ARN; an account id (twelve
 * digits) is never "true" or "false" or an ARN, though it reads as a number
 * and as epoch seconds. So Bool on aws:PrincipalOrgID, NumericEquals on
 * aws:SourceVpc or ArnEquals on aws:SourceAccount never matches, whatever the
 * values (RTC409 on String keys otherwise speaks only of the values: see
 * INCOMPATIBLE). Lower-case keys.
 */
function formNoValueOf(family: Family, lowerKey: string): string | undefined {
  const id = ID_KEYS.get(lowerKey)
  if (id !== undefined && id.neverOpens === undefined) return family === 'Bool' || family === 'Numeric' || family === 'Date' || family === 'Arn' ? id.what : undefined
  if (ACCOUNT_KEYS.has(lowerKey)) return family === 'Bool' || family === 'Arn' ? 'a 12-digit account id' : undefined
  return undefined
}

/** Says whether it reported. */
function checkOperatorKeyForm(entry: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): boolean {
  const what = formNoValueOf(op.family, entry.lowerKey)
  if (what === undefined) return false
  out.push({
    code: 'RTC409',
    span: entry.operator.span,
    message: `${entry.operator.value} cannot compare ${entry.key.value}, which holds ${what}: ${op.family === 'Bool' ? 'never "true" or "false"' : op.family === 'Arn' ? 'never an ARN' : op.family === 'Numeric' ? 'never a number' : 'never a date'}, so ${isNegated(op) ? 'the condition does not test it as intended' : op.ifExists ? 'the condition is true only for requests without the key' : 'the condition never matches as written'}.`,
    hint: `Use StringEquals or StringLike for ${entry.key.value}.`
  })
  return true
}

/** Characters a number's text (Numeric) or a date's, ISO 8601 or epoch seconds (Date), is written with. */
const READABLE_CHARACTERS: Partial<Record<Family, RegExp>> = { Numeric: /^[0-9.+-]*$/, Date: /^[0-9TZtz:.+-]*$/ }

/**
 * Can a String key's value be compared with the value as the operator's type?
 * Only when the value is written with the characters of one, policy variables
 * (`${aws:username}`) left out since they may be anything: "365" can,
 * "home/${aws:username}/*" cannot.
 */
function readableAs(family: Family, v: JsonNode): boolean {
  const text = scalarText(v)
  if (text === undefined) return true // wrong JSON types are RTC117
  const literal = replaceBraces(text, () => '')
  return READABLE_CHARACTERS[family]?.test(literal) ?? false
}

/**
 * Does the operator read '*' and '?' in its string values as wildcards?
 * StringLike and StringNotLike do (with IfExists, ForAnyValue: or
 * ForAllValues:); the Equals operators compare them literally (RTC404).
 */
export function readsStringWildcards(op: ParsedOperator): boolean {
  return op.base === 'stringlike' || op.base === 'stringnotlike'
}

/** A negated operator (StringNotEquals, ArnNotLike, NotIpAddress...): true for every value but those it names. */
export function isNegated(op: ParsedOperator): boolean {
  return op.base.includes('not')
}

/** Operators that are true when the key is absent: a key nobody sends still lets them match. */
export function trueWhenAbsent(op: ParsedOperator): boolean {
  return op.family === 'Null' || op.ifExists || op.set === 'ForAllValues' || isNegated(op)
}

/**
 * RTC410: a service's condition key on a statement none of whose actions
 * belongs to that service (`s3:prefix` with only `ec2:` actions): the key is
 * never in those requests, so the statement never matches as written. Only
 * when certain: every action named plainly (no NotAction, no wildcard
 * service), the key a service key that some action of its service takes (a
 * context key such as lambda:SourceFunctionArn rides on requests to other
 * services). An operator false when the key is absent never matches; one
 * true when it is absent (negated, IfExists, ForAllValues) always matches, so
 * the condition limits nothing; Null is left alone. The catalogue says
 * which services take a key; which actions take it is RTC412's
 * (checkKeyActions), for statements that pass this check.
 */
/** The services of the statement's actions, lower case; undefined when not every action names one plainly. */
function plainServices(s: StatementView): Set<string> | undefined {
  if (s.notActions.length > 0 || s.actions.length === 0) return undefined
  const services = new Set<string>()
  for (const lower of s.lowerActions) {
    const service = serviceOf(lower)
    if (service === undefined || hasWildcard(service)) return undefined
    services.add(service)
  }
  return services
}

function checkKeyServices(s: StatementView, out: FindingDraft[]): void {
  let services: Set<string> | undefined | null = null
  // What RTC412 asks of the statement's actions, worked out once for all its conditions (a condition block that
  // repeats a key 20,000 times beside 20,000 actions must not compare each with each).
  const actionKeys = new StatementActionKeys(s)
  for (let i = 0, conditions = s.conditions; i < conditions.length; i++) {
    const c = conditions[i]
    const key = c.key.value
    // Most keys are global ones: settled before anything is parsed.
    if (c.lowerKey.length > 4 && c.lowerKey.startsWith('aws:')) continue
    const op = operatorNamed(c.operator.value)
    if (!op || op.family === 'Null') continue
    const reading = keyReading(key)
    if (reading.placeholder || reading.namespace !== 'service') continue
    const info = reading.info
    // A context key (no action of its service takes it) rides on requests to other services.
    if (!info || info.global || info.actionServices.length === 0) continue
    if (services === null) services = plainServices(s)
    if (services === undefined) return
    const present = services
    if (info.services.some((svc) => present.has(svc.toLowerCase()))) {
      checkKeyActions(actionKeys, c, op, out)
      continue
    }
    out.push({
      code: 'RTC410',
      span: c.key.span,
      message: `${key} is a condition key of ${info.services.join('/')}, but ${statementLabel(s)} has no ${info.services.join('/')} action (${[...present].join(', ')}): the key is never in these requests, so ${trueWhenAbsent(op) ? `${c.operator.value} on it is always true and limits nothing` : 'the statement never matches as written'}.`,
      hint: `Use a condition key of the statement's services (or a global aws: key), or move the condition to the statement whose actions support it.`
    })
  }
}

/**
 * Per action pattern as written (lower case): the service keys its actions
 * support, or null when it cannot be judged: it names no known action, or
 * one for which the reference lists no service key at all. An empty key
 * column is where the reference is least complete (aws-marketplace:Subscribe
 * lists none, yet AWS's own policies condition it on
 * aws-marketplace:ProductId), so its silence is not taken as "unsupported".
 * The same patterns repeat file after file; the catalogue decodes a service's
 * key lists once.
 */
const patternKeys = new Map<string, ReadonlySet<string> | null>()

function keysOfPattern(lower: string): ReadonlySet<string> | null {
  let found = patternKeys.get(lower)
  if (found === undefined) {
    const actions = actionsMatching(lower)
    found = actions.length === 0 ? null : actions.length === 1 ? serviceKeysOfAction(actions[0]) : new Set<string>()
    if (actions.length > 1) {
      const union = found as Set<string>
      for (const a of actions) {
        const keys = serviceKeysOfAction(a)
        if (keys.size === 0) {
          found = null
          break
        }
        for (const k of keys) union.add(k)
      }
    }
    if (found !== null && found.size === 0) found = null
    if (patternKeys.size >= 10000) patternKeys.clear()
    if (memorable(lower)) patternKeys.set(lower, found)
  }
  return found
}

// Actions RTC412 has read for their condition keys, ever (one addition per action of a statement read): tests bound it
// by the statement's actions rather than time thousands of conditions beside thousands of actions (the machine is shared).
let actionsRead = 0

/** How many actions RTC412 has read for their condition keys so far, in all. Only ever grows. */
export function actionKeysRead(): number {
  return actionsRead
}

/**
 * The service keys a statement's actions support, read once: the union of
 * each action pattern's keys (keysOfPattern), or null when some pattern
 * cannot be judged (then no key is said to be unsupported); and the actions'
 * names as a message shows them.
 */
class StatementActionKeys {
  readonly #s: StatementView
  #keys: Set<string> | null | undefined
  #shown: string | undefined

  constructor(s: StatementView) {
    this.#s = s
  }

  /** The union of the actions' keys, or null when an action cannot be judged. */
  keys(): ReadonlySet<string> | null {
    if (this.#keys === undefined) {
      let union: Set<string> | null = new Set()
      // Each distinct pattern once: the same action written again adds nothing.
      const seen = new Set<string>()
      for (const lower of this.#s.lowerActions) {
        actionsRead++
        if (seen.has(lower)) continue
        seen.add(lower)
        const keys = keysOfPattern(lower)
        if (keys === null) {
          union = null
          break
        }
        for (const k of keys) union.add(k)
      }
      this.#keys = union
    }
    return this.#keys
  }

  /** The statement's actions, for a message: "(s3:GetObject, s3:PutObject ...)", and how many there are. */
  shown(): string {
    return (this.#shown ??= listText(this.#s.actions.map((a) => a.value), 5))
  }

  get statement(): StatementView {
    return this.#s
  }
}

/**
 * RTC412: the statement has actions of the key's service, but none of them
 * supports the key (`s3:prefix` on s3:GetObject): the Service Authorization
 * Reference lists, per action, its own keys and its resource types' keys.
 * Only when every action (wildcards expanded) is known; plainServices has
 * already ruled out NotAction and wildcard services.
 */
function checkKeyActions(actionKeys: StatementActionKeys, c: ConditionEntry, op: ParsedOperator, out: FindingDraft[]): void {
  const keys = actionKeys.keys()
  if (keys === null) return
  const forms = conditionKeyForms(c.key.value)
  if (forms.some((form) => keys.has(form))) return
  const s = actionKeys.statement
  out.push({
    code: 'RTC412',
    span: c.key.span,
    message: `${c.key.value} is not a condition key of ${s.actions.length === 1 ? 'the action' : 'any of the actions'} of ${statementLabel(s)} (${actionKeys.shown()}) in the Service Authorization Reference: the key is not in these requests, so ${trueWhenAbsent(op) ? `${c.operator.value} on it is always true and limits nothing` : 'the condition can never be true and the statement never matches as written'}.`,
    hint: 'Use a condition key the actions support (the reference lists them per action, with those of its resource types), or move the condition to the statement whose actions support it.'
  })
}

function checkConditions(ctx: LintContext, out: FindingDraft[]): void {
  const reported = new Set<unknown>()
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j]
      checkEntry(c, out, reported)
    }
    if (s.conditioned) checkKeyServices(s, out)
  }
}

export const conditionRules: Rule[] = [checkConditions]
