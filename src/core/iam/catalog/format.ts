// The line format of catalog-data.ts, written by scripts/build-action-catalog.mjs
// and read here. One line per service, five fields separated by '|':
//
//   prefix | service name | resource types | actions | condition keys
//
// resource types  `name=format^format;...`, listed in an order the actions
//                 point into by index. A format opening with '@' stands for
//                 `arn:${Partition}:<prefix>:${Region}:${Account}:`, '~' for
//                 `arn:${Partition}:<prefix>:`, '%' for `arn:${Partition}:`.
// actions         `<access>Name=<index>[!],...;...`: one access-level letter,
//                 the action's name, then the resource types it takes ('!'
//                 marks a required one); no '=' when it takes none.
// condition keys  `[~]<type>key;...`: one value-type letter (upper case plain,
//                 lower case ArrayOf), then the key; a key opening with ':'
//                 belongs to the line's own prefix (`:ExternalId` on sts). A
//                 leading '~' marks a key none of the service's actions takes,
//                 or one the reference calls cross-service: a context key the
//                 service adds to requests made with its credentials
//                 (lambda:SourceFunctionArn, ec2:SourceInstanceArn).
// resource-type keys  (optional) `k,k;...`, one entry per resource type in
//                 order: base-36 positions in the condition-key field of the
//                 service keys the type supports (iam `role`:
//                 iam:ResourceTag/${TagKey}); empty when no type has any.
// action keys     (optional) `<action position>=k,k;...`, base-36, for the
//                 actions whose own keys add to those of their resource types.
//                 An action supports its own keys plus its types' keys.
//
// CATALOG_GLOBAL_KEYS holds the aws:* keys in the condition-key form, and
// CATALOG_PROVIDERS `prefix=service,...` the condition-key prefixes that are
// not services (identity providers, service aliases) and where their keys live.
// CATALOG_RCP_SERVICES holds the prefixes of the services resource control
// policies apply to, `s3;sts;...` (AWS Organizations' list).

import { QUALIFIED_TYPES } from './qualified-types.js'

export type ConditionValueType =
  | 'String'
  | 'ARN'
  | 'Numeric'
  | 'Date'
  | 'Bool'
  | 'IPAddress'
  | 'Binary'
  | 'ArrayOfString'
  | 'ArrayOfARN'
  | 'ArrayOfNumeric'
  | 'ArrayOfDate'
  | 'ArrayOfBool'
  | 'ArrayOfIPAddress'
  | 'ArrayOfBinary'

/** The access levels of the AWS Service Authorization Reference. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Tagging' | 'Permissions management'

export interface ResourceTypeInfo {
  /** As the Service Authorization Reference names it, e.g. "role", "bucket". */
  readonly name: string
  /** E.g. `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`; some types have two. */
  readonly arnFormats: readonly string[]
}

export interface ActionResourceType extends ResourceTypeInfo {
  /** The reference marks the type required (with an asterisk) for this action. */
  readonly required: boolean
}

export interface ActionInfo {
  /** Service prefix, lower case as IAM writes it: "sts". */
  readonly service: string
  /** Canonical casing: "AssumeRole". */
  readonly name: string
  /** `service:Name`, canonical casing: "sts:AssumeRole". */
  readonly fullName: string
  readonly accessLevel: AccessLevel
  /** Empty when the action takes no resource: only `"Resource": "*"` grants it. */
  readonly resourceTypes: readonly ActionResourceType[]
}

export interface ConditionKeyInfo {
  /** Canonical spelling, variable parts as in the reference: `aws:RequestTag/${TagKey}`. */
  readonly key: string
  readonly type: ConditionValueType
  /** An aws:* key, available (in principle) on every request. */
  readonly global: boolean
  /** Service prefixes whose reference lists the key; empty for global keys. */
  readonly services: readonly string[]
  /**
   * The services of `services` some of whose actions take the key. Empty for
   * global keys and for context keys, which a service adds to the requests
   * made with its credentials to any service (lambda:SourceFunctionArn).
   */
  readonly actionServices: readonly string[]
}

export interface ServiceInfo {
  readonly prefix: string
  /** E.g. "AWS Security Token Service"; empty when the source has none. */
  readonly name: string
  readonly actions: readonly ActionInfo[]
  readonly resourceTypes: readonly ResourceTypeInfo[]
  /** The service's own condition keys (the aws:* keys are global, not repeated here). */
  readonly conditionKeys: readonly ConditionKeyInfo[]
}

const VALUE_TYPES: Record<string, ConditionValueType> = {
  S: 'String',
  A: 'ARN',
  N: 'Numeric',
  D: 'Date',
  B: 'Bool',
  I: 'IPAddress',
  Y: 'Binary',
  s: 'ArrayOfString',
  a: 'ArrayOfARN',
  n: 'ArrayOfNumeric',
  d: 'ArrayOfDate',
  b: 'ArrayOfBool',
  i: 'ArrayOfIPAddress',
  y: 'ArrayOfBinary'
}

const ACCESS_LEVELS: Record<string, AccessLevel> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  T: 'Tagging',
  P: 'Permissions management'
}

/** The prefix of a service line, without decoding the rest. */
export function linePrefix(line: string): string {
  return line.slice(0, line.indexOf('|'))
}

function entries(field: string): string[] {
  return field === '' ? [] : field.split(';')
}

function expandFormat(format: string, prefix: string): string {
  switch (format[0]) {
    case '@':
      return `arn:\${Partition}:${prefix}:\${Region}:\${Account}:${format.slice(1)}`
    case '~':
      return `arn:\${Partition}:${prefix}:${format.slice(1)}`
    case '%':
      return `arn:\${Partition}:${format.slice(1)}`
    default:
      return format
  }
}

/** A condition-key entry (`[~]<type>key`), `prefix` resolving the ':' shorthand. */
export function decodeKeyEntry(entry: string, prefix: string): { key: string; type: ConditionValueType; context: boolean } {
  const context = entry[0] === '~'
  const body = context ? entry.slice(1) : entry
  const type = VALUE_TYPES[body[0]]
  if (!type) throw new Error(`catalog-data: unknown value type code in ${entry}`)
  const rest = body.slice(1)
  return { key: rest.startsWith(':') ? `${prefix}${rest}` : rest, type, context }
}

/** The service's types with the forms QUALIFIED_TYPES lends or documents for them (same order, so the actions' indexes still hold). */
function withQualifiedForms(prefix: string, types: ResourceTypeInfo[]): ResourceTypeInfo[] {
  for (const rule of QUALIFIED_TYPES) {
    if (rule.service !== prefix) continue
    const at = types.findIndex(t => t.name === rule.type)
    const lent = rule.alsoFormatsOf.map(name => types.find(t => t.name === name))
    if (at === -1 || lent.some(t => t === undefined)) throw new Error(`catalog-data: ${prefix} lacks a type of ${[rule.type, ...rule.alsoFormatsOf].join(', ')}`)
    const formats = [...types[at].arnFormats, ...lent.flatMap(t => t?.arnFormats ?? []), ...(rule.documentedFormats ?? [])]
    types[at] = Object.freeze({ name: rule.type, arnFormats: Object.freeze(formats) })
  }
  return types
}

/**
 * Decodes one service line. Condition keys come from `keyInfo`, so a key
 * listed by several services is one shared object, when first read.
 */
export function decodeService(line: string, keyInfo: (entry: string, prefix: string) => ConditionKeyInfo): ServiceInfo {
  const [prefix, name, rtField, actionField, keyField] = line.split('|')
  if (keyField === undefined) throw new Error(`catalog-data: malformed service line ${line.slice(0, 40)}`)
  const resourceTypes: ResourceTypeInfo[] = withQualifiedForms(
    prefix,
    entries(rtField).map(entry => {
      const eq = entry.indexOf('=')
      return Object.freeze({
        name: entry.slice(0, eq),
        arnFormats: Object.freeze(
          entry
            .slice(eq + 1)
            .split('^')
            .map(f => expandFormat(f, prefix))
        )
      })
    })
  )
  // Each (type, required) pair is shared by every action that names it.
  const refs = new Map<string, ActionResourceType>()
  const ref = (text: string): ActionResourceType => {
    let r = refs.get(text)
    if (!r) {
      const required = text.endsWith('!')
      const type = resourceTypes[Number.parseInt(text, 10)]
      if (!type) throw new Error(`catalog-data: ${prefix} has no resource type ${text}`)
      r = Object.freeze({ name: type.name, arnFormats: type.arnFormats, required })
      refs.set(text, r)
    }
    return r
  }
  const noResourceTypes: readonly ActionResourceType[] = Object.freeze([])
  const actions: ActionInfo[] = entries(actionField).map(entry => {
    const accessLevel = ACCESS_LEVELS[entry[0]]
    if (!accessLevel) throw new Error(`catalog-data: unknown access level code in ${prefix}:${entry}`)
    const eq = entry.indexOf('=')
    const actionName = eq === -1 ? entry.slice(1) : entry.slice(1, eq)
    const types = eq === -1 ? noResourceTypes : Object.freeze(entry.slice(eq + 1).split(',').map(ref))
    return Object.freeze({ service: prefix, name: actionName, fullName: `${prefix}:${actionName}`, accessLevel, resourceTypes: types })
  })
  // Keys resolve on first read: finding an action should not cost the key index.
  let conditionKeys: readonly ConditionKeyInfo[] | undefined
  return Object.freeze({
    prefix,
    name,
    actions: Object.freeze(actions),
    resourceTypes: Object.freeze(resourceTypes),
    get conditionKeys(): readonly ConditionKeyInfo[] {
      conditionKeys ??= Object.freeze(entries(keyField).map(e => keyInfo(e, prefix)))
      return conditionKeys
    }
  })
}

/** The entries of a service line's condition-key field, without decoding the rest. */
export function lineKeyEntries(line: string): string[] {
  return entries(line.split('|')[4] ?? '')
}

/**
 * The condition keys each action of a service line supports, lower case, by
 * the action's lower-cased name: its own keys and those of the resource types
 * it names (the last two fields; see the top of this file). Actions with none
 * are absent. `keyOf` decodes a key entry of the line.
 */
export function decodeActionKeys(line: string, keyOf: (entry: string, prefix: string) => string): Map<string, ReadonlySet<string>> {
  const [prefix, , , actionField, keyField, rtKeyField = '', actionKeyField = ''] = line.split('|')
  const keys = entries(keyField).map(e => keyOf(e, prefix).toLowerCase())
  const keyList = (text: string): string[] => (text === '' ? [] : text.split(',').map(p => keys[Number.parseInt(p, 36)]))
  const typeKeys = rtKeyField === '' ? [] : rtKeyField.split(';').map(keyList)
  const own = new Map<number, string[]>()
  for (const entry of entries(actionKeyField)) {
    const eq = entry.indexOf('=')
    own.set(Number.parseInt(entry.slice(0, eq), 36), keyList(entry.slice(eq + 1)))
  }
  const result = new Map<string, ReadonlySet<string>>()
  entries(actionField).forEach((entry, i) => {
    const eq = entry.indexOf('=')
    const name = (eq === -1 ? entry.slice(1) : entry.slice(1, eq)).toLowerCase()
    const supported = new Set(own.get(i) ?? [])
    if (eq !== -1) for (const ref of entry.slice(eq + 1).split(',')) for (const k of typeKeys[Number.parseInt(ref, 10)] ?? []) supported.add(k)
    if (supported.size > 0) result.set(name, supported)
  })
  return result
}

/** The entries of CATALOG_GLOBAL_KEYS or CATALOG_PROVIDERS. */
export function listEntries(field: string): string[] {
  return entries(field)
}
