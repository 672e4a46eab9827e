// A reference for the verdict, written from the IAM evaluation logic and not
// from the project's evaluator (src/core/evaluate), so that the two cannot
// share a mistake: an explicit Deny wins, then an Allow, and otherwise the
// request is refused. It reads only what ./verdict-reference.test.ts draws
// (Action/NotAction, Resource/NotResource, Principal with AWS ARNs, account
// IDs and "*", and the condition operators listed in CONDITION_OPERATORS) and
// throws on anything else, so that nothing is read by a guess.
//
// The AWS rules it follows (IAM User Guide):
//  - "If the key that you specify in a policy condition is not present in the
//    request context, the values do not match and the condition is false. If
//    the policy condition requires that the key is not matched, such as
//    StringNotLike or ArnNotLike, and the right key is not present, the
//    condition is true. This logic applies to all condition operators except
//    ...IfExists and Null check." (Condition operators)
//  - ...IfExists: true when the key is missing, else the operator's test.
//  - Null "true": the key is missing; "false": it is there.
//  - ForAllValues: every value of the request's set meets the test; true if
//    the key is missing or its set is empty ("also returns true if there are
//    no context keys in the request"). ForAnyValue: some value does; false
//    when missing or empty. (Multivalued context keys)
//  - Several values of one key: any of them (for a negated operator: none of
//    them, "StringNotEquals" is not any); several keys and operators: all.
//  - A resource policy in the resource's own account grants directly to a
//    principal it names by ARN (or "*"); naming the account (root or ID)
//    delegates to the account's identity policies. Across accounts both the
//    resource policy and the caller's identity policies must allow. A Deny
//    naming an account matches every principal in it.

export type ContextValue = string | string[]
export interface Request {
  action: string
  resource: string
  /** The caller's ARN (resource policies only). */
  principal?: string
  context: Record<string, ContextValue>
}
export type Statement = Record<string, unknown>

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string])

const globs = new Map<string, RegExp>()
/** IAM's `*` (any run) and `?` (one character); every other character stands for itself. */
export function globMatches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`
  let re = globs.get(cacheKey)
  if (!re) {
    let source = ''
    for (const ch of pattern) source += ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    re = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')
    globs.set(cacheKey, re)
  }
  return re.test(value)
}

function ipv4(text: string): number {
  const parts = text.split('.').map(Number)
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`reference: not an IPv4 address: ${text}`)
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3]
}

function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/')
  const bits = bitsText === undefined ? 32 : Number(bitsText)
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
  return ((ipv4(ip) & mask) >>> 0) === ((ipv4(base) & mask) >>> 0)
}

/** One request value against the policy's values, by a base operator (no set prefix, no IfExists); negated ones are "matches none". */
const VALUE_TESTS: Record<string, { test: (x: string, p: string) => boolean; negated: boolean }> = {
  StringEquals: { test: (x, p) => x === p, negated: false },
  StringNotEquals: { test: (x, p) => x === p, negated: true },
  StringLike: { test: (x, p) => globMatches(p, x, false), negated: false },
  StringNotLike: { test: (x, p) => globMatches(p, x, false), negated: true },
  NumericEquals: { test: (x, p) => Number(x) === Number(p), negated: false },
  NumericNotEquals: { test: (x, p) => Number(x) === Number(p), negated: true },
  NumericLessThan: { test: (x, p) => Number(x) < Number(p), negated: false },
  NumericLessThanEquals: { test: (x, p) => Number(x) <= Number(p), negated: false },
  NumericGreaterThan: { test: (x, p) => Number(x) > Number(p), negated: false },
  NumericGreaterThanEquals: { test: (x, p) => Number(x) >= Number(p), negated: false },
  Bool: { test: (x, p) => x.toLowerCase() === p.toLowerCase(), negated: false },
  IpAddress: { test: (x, p) => inCidr(x, p), negated: false },
  NotIpAddress: { test: (x, p) => inCidr(x, p), negated: true }
}

export const CONDITION_OPERATORS = [...Object.keys(VALUE_TESTS), 'Null']

function valueMeets(base: string, x: string, values: string[]): boolean {
  const t = VALUE_TESTS[base]
  const some = values.some((p) => t.test(x, p))
  return t.negated ? !some : some
}

export function clauseHolds(operator: string, key: string, values: string[], context: Record<string, ContextValue>): boolean {
  let rest = operator
  let set: 'ForAllValues' | 'ForAnyValue' | undefined
  for (const prefix of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix
      rest = rest.slice(prefix.length + 1)
    }
  }
  const ifExists = rest.endsWith('IfExists')
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest
  const value = context[key]
  if (base === 'Null') {
    if (set || ifExists) throw new Error(`reference: not read: ${operator}`)
    if (Array.isArray(value)) throw new Error('reference: Null on a multivalued key is not read')
    return values.some((v) => (v.toLowerCase() === 'true' ? value === undefined : value !== undefined))
  }
  if (!VALUE_TESTS[base]) throw new Error(`reference: not read: ${operator}`)
  if (set) {
    if (ifExists) throw new Error(`reference: not read: ${operator}`)
    if (value !== undefined && !Array.isArray(value)) throw new Error(`reference: ${set} on the single-valued ${key} is not read`)
    const items = value ?? []
    return set === 'ForAllValues' ? items.every((x) => valueMeets(base, x, values)) : items.some((x) => valueMeets(base, x, values))
  }
  if (Array.isArray(value)) throw new Error(`reference: ${operator} on the multivalued ${key} is not read`)
  if (value === undefined) return ifExists || VALUE_TESTS[base].negated
  return valueMeets(base, value, values)
}

/**
 * A condition's values with their policy variables replaced (string operators only). A variable whose key the request
 * lacks has no value: "condition operators like StringEquals or StringLike do not match ... Inverted condition
 * operators like StringNotEquals or StringNotLike do match against a null value" (IAM policy elements: Variables and
 * tags, Policy variables with no value); such a value is dropped, which reads both so.
 */
function conditionValues(operator: string, values: string[], context: Record<string, ContextValue>): string[] {
  if (!values.some((v) => v.includes('${'))) return values
  if (!/^(ForAllValues:|ForAnyValue:)?String/.test(operator)) throw new Error(`reference: a policy variable under ${operator} is not read`)
  return values.map((v) => withVariables(v, context)).filter((v): v is string => v !== undefined)
}

function conditionHolds(condition: unknown, context: Record<string, ContextValue>): boolean {
  if (condition === undefined) return true
  for (const [operator, keys] of Object.entries(condition as Record<string, Record<string, unknown>>)) {
    for (const [key, values] of Object.entries(keys)) if (!clauseHolds(operator, key, conditionValues(operator, list(values), context), context)) return false
  }
  return true
}

/**
 * A Resource pattern with its policy variables (`${aws:username}`, a single-valued key named alone) replaced by the
 * request's value: "When the policy is evaluated, the policy variables are replaced with values that come from the
 * conditional context keys passed in the request" (IAM policy elements: Variables and tags). A key the request does
 * not carry leaves the pattern matching nothing (the statement cannot be resolved: "If AWS cannot resolve a variable
 * this might cause the entire statement to be invalid"); the caller reads it so only in Resource. Other `${...}`
 * forms (defaults, `${*}`) throw.
 */
export function withVariables(pattern: string, context: Record<string, ContextValue>): string | undefined {
  if (!pattern.includes('${')) return pattern
  let out = ''
  let rest = pattern
  for (let at = rest.indexOf('${'); at >= 0; at = rest.indexOf('${')) {
    const end = rest.indexOf('}', at)
    const key = rest.slice(at + 2, end)
    if (end < 0 || !/^[a-z]+:[A-Za-z]+$/i.test(key)) throw new Error(`reference: policy variable not read: ${pattern}`)
    const value = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1]
    if (value === undefined) return undefined
    if (Array.isArray(value)) throw new Error(`reference: a multivalued policy variable is not read: ${key}`)
    // The value is text, not a pattern: a `*` in it is escaped by standing for itself only if the value has none.
    if (value.includes('*') || value.includes('?')) throw new Error(`reference: a wildcard in a variable's value is not read`)
    out += rest.slice(0, at) + value
    rest = rest.slice(end + 1)
  }
  return out + rest
}

const accounts = new Map<string, string>()
const accountOfArn = (arn: string): string => {
  let account = accounts.get(arn)
  if (account === undefined) accounts.set(arn, (account = arn.split(':')[4]))
  return account
}

/** An account's root user: `arn:aws:iam::<account>:root`, which the account ID names too (AWS JSON policy elements: Principal). */
const isRoot = (caller: string): boolean => caller.endsWith(':root')

/** Whether a Principal value names the caller: "*", its ARN, or its account (root ARN or ID). `direct`: by "*" or ARN only (the root's ARN is its account's). */
function principalNames(principal: unknown, caller: string): { names: boolean; direct: boolean } {
  if (principal === '*') return { names: true, direct: true }
  let names = false
  let direct = false
  for (const [type, values] of Object.entries(principal as Record<string, unknown>)) {
    if (type !== 'AWS') throw new Error(`reference: principal type ${type} is not read`)
    for (const p of list(values)) {
      if (p === '*' || p === caller) {
        names = true
        direct = true
      } else if (p === accountOfArn(caller) || p === `arn:aws:iam::${accountOfArn(caller)}:root`) {
        names = true
        if (isRoot(caller)) direct = true
      }
      else if (p.includes('*') || p.includes('?')) throw new Error(`reference: principal pattern ${p} is not read`)
    }
  }
  return { names, direct }
}

const ELEMENTS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']

/**
 * Whether a Deny's NotPrincipal spares the caller: `{"AWS": "*"}` spares
 * everyone; otherwise the caller's ARN must be listed together with its
 * account (root ARN or ID): "When you use NotPrincipal, you must also specify
 * the account ARN of the principal that you do not want to deny. Otherwise,
 * the policy might deny access to the entire account that contains the
 * principal" (AWS JSON policy elements: NotPrincipal). An account listed
 * alone spares no user of it (the user is checked too).
 */
function notPrincipalSpares(notPrincipal: unknown, caller: string): boolean {
  const listed = new Set<string>()
  for (const [type, values] of Object.entries(notPrincipal as Record<string, unknown>)) {
    if (type !== 'AWS') throw new Error(`reference: principal type ${type} is not read`)
    for (const p of list(values)) {
      if (p !== '*' && (p.includes('*') || p.includes('?'))) throw new Error(`reference: principal pattern ${p} is not read`)
      listed.add(p)
    }
  }
  const account = accountOfArn(caller)
  const accountListed = listed.has(account) || listed.has(`arn:aws:iam::${account}:root`)
  // The account's root user is the account: its root ARN or ID is both its ARN and its account.
  return listed.has('*') || (isRoot(caller) ? accountListed : listed.has(caller) && accountListed)
}

/** A statement read once: its effect, and whether it applies to a request (the Principal aside). */
interface ReadStatement {
  effect: unknown
  principal: unknown
  notPrincipal: unknown
  applies: (r: Request) => boolean
}

function readStatement(s: Statement): ReadStatement {
  for (const element of Object.keys(s)) if (!ELEMENTS.includes(element)) throw new Error(`reference: ${element} is not read`)
  const actionHit = (patterns: unknown, action: string) => list(patterns).some((p) => globMatches(p, action, true))
  const resourceHit = (patterns: unknown, resource: string, context: Record<string, ContextValue>) =>
    list(patterns).some((p) => {
      const q = withVariables(p, context)
      return q !== undefined && globMatches(q, resource, false)
    })
  const variables = list(s.Resource).some((p) => p.includes('${'))
  if (list(s.NotResource).some((p) => p.includes('${'))) throw new Error('reference: a policy variable in NotResource is not read')
  // Each answer kept: the requests repeat each action, resource and context many times (work, not meaning).
  const byAction = new Map<string, boolean>()
  const byResource = new Map<string, boolean>()
  const byContext = new WeakMap<object, boolean>()
  const remembered = <K, M extends { get(k: K): boolean | undefined; set(k: K, v: boolean): unknown }>(memo: M, k: K, f: () => boolean): boolean => {
    let v = memo.get(k)
    if (v === undefined) memo.set(k, (v = f()))
    return v
  }
  return {
    effect: s.Effect,
    principal: s.Principal,
    notPrincipal: s.NotPrincipal,
    applies: (r) =>
      remembered(byAction, r.action, () => (s.Action !== undefined ? actionHit(s.Action, r.action) : s.NotAction !== undefined && !actionHit(s.NotAction, r.action))) &&
      // A Resource with a policy variable reads the context: not remembered by resource alone.
      (variables
        ? s.Resource !== undefined && resourceHit(s.Resource, r.resource, r.context)
        : remembered(byResource, r.resource, () => (s.Resource !== undefined ? resourceHit(s.Resource, r.resource, r.context) : s.NotResource !== undefined && !resourceHit(s.NotResource, r.resource, r.context)))) &&
      remembered(byContext, r.context, () => conditionHolds(s.Condition, r.context))
  }
}

/** A policy read once, to be asked about many requests. */
export interface Policy {
  /**
   * As an identity policy. `otherGrants`: another identity policy of the
   * principal allows everything, so that only this one's Denies show (the
   * project's `with-other-grants` setting); otherwise it is the principal's
   * only policy.
   */
  identityAllows(r: Request, otherGrants: boolean): boolean
  /**
   * As the resource policy of a resource in account `owner`, the caller
   * `r.principal`. `identityAllowsAll`: the caller's identity policies allow
   * everything (`with-other-grants`); otherwise the caller has none.
   */
  resourceAllows(r: Request, owner: string, identityAllowsAll: boolean): boolean
}

/** Whether a statement of a resource policy names the caller; a NotPrincipal (read on a Deny only) every caller it does not spare. */
function namedIn(s: ReadStatement, caller: string): { names: boolean; direct: boolean } {
  if (s.notPrincipal !== undefined) {
    if (s.effect !== 'Deny' || s.principal !== undefined) throw new Error('reference: NotPrincipal is read on a Deny without Principal only')
    const names = !notPrincipalSpares(s.notPrincipal, caller)
    return { names, direct: names }
  }
  return s.principal === undefined ? { names: false, direct: false } : principalNames(s.principal, caller)
}

export function readPolicy(statements: Statement[]): Policy {
  const read = statements.map(readStatement)
  const named = new Map<string, { names: boolean; direct: boolean }[]>()
  const namedBy = (caller: string) => {
    let n = named.get(caller)
    if (!n) named.set(caller, (n = read.map((s) => namedIn(s, caller))))
    return n
  }
  return {
    identityAllows(r, otherGrants) {
      let allowed = otherGrants
      for (const s of read) {
        if (s.principal !== undefined || s.notPrincipal !== undefined) throw new Error('reference: a Principal in an identity policy')
        if (!s.applies(r)) continue
        if (s.effect === 'Deny') return false
        if (s.effect === 'Allow') allowed = true
      }
      return allowed
    },
    resourceAllows(r, owner, identityAllowsAll) {
      const caller = r.principal as string
      const sameAccount = accountOfArn(caller) === owner
      let grants = false
      let grantsDirectly = false
      const names = namedBy(caller)
      for (const [i, s] of read.entries()) {
        if (s.principal === undefined && s.notPrincipal === undefined) throw new Error('reference: a resource policy statement without Principal')
        if (!names[i].names || !s.applies(r)) continue
        if (s.effect === 'Deny') return false
        if (s.effect === 'Allow') {
          grants = true
          if (names[i].direct) grantsDirectly = true
        }
      }
      // The root user is allowed all in its own account by no identity policy ("complete access to all AWS services
      // and resources in the account", IAM User Guide: AWS account root user): only a Deny stops it.
      const identityAll = identityAllowsAll || isRoot(caller)
      if (sameAccount) return identityAll || grantsDirectly
      return identityAll && grants
    }
  }
}
