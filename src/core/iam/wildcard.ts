// IAM's two wildcards: '*' (any run of characters, none included) and '?'
// (exactly one). Actions compare without regard to case; ARNs with it, one
// colon-separated part at a time, as IAM and ArnLike do.

const cache = new Map<string, RegExp>()

function toRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`
  let re = cache.get(key)
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]')
    re = new RegExp(`^${body}$`, caseInsensitive ? 'i' : '')
    if (cache.size > 10000) cache.clear()
    cache.set(key, re)
  }
  return re
}

export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?')
}

/** Does `pattern` (with * and ?) match the whole of `value`? */
export function matchesWildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  if (pattern === '*') return true
  if (!hasWildcard(pattern)) return caseInsensitive ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  return toRegExp(pattern, caseInsensitive).test(value)
}

/** `service:Action` patterns: case-insensitive, as IAM compares actions. */
export function actionMatches(pattern: string, action: string): boolean {
  return matchesWildcard(pattern, action, true)
}

/**
 * A Resource or Principal ARN pattern against an ARN: the first five parts
 * (arn, partition, service, region, account) are matched one by one, so a
 * wildcard in one cannot swallow a colon; the rest (the resource) as a whole.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true
  const p = splitArn(pattern)
  const a = splitArn(arn)
  if (!p || !a) return matchesWildcard(pattern, arn)
  for (let i = 0; i < 6; i++) if (!matchesWildcard(p[i], a[i])) return false
  return true
}

/** ['arn', partition, service, region, account, resource] or undefined. */
export function splitArn(arn: string): [string, string, string, string, string, string] | undefined {
  const parts = arn.split(':')
  if (parts.length < 6) return undefined
  return [parts[0], parts[1], parts[2], parts[3], parts[4], parts.slice(5).join(':')]
}
