// RTC627: aws:SourceIp given a private range. The key holds the public
// address a request comes from, and a request through a VPC endpoint has no
// aws:SourceIp at all (aws:VpcSourceIp holds the address inside the VPC then):
// AWS supports only public addresses and ranges there, so a range that lies
// inside the private blocks (RFC 1918's 10/8, 172.16/12, 192.168/16; IPv6
// unique local addresses, fc00::/7) never matches. Under IpAddress the
// statement never applies to those addresses; under NotIpAddress (the usual
// Deny "outside our network") the value excludes nothing.
// RTC628: aws:SourceIp required in the same statement as a key that only
// requests through a VPC endpoint carry (aws:SourceVpce, aws:SourceVpc,
// aws:VpcSourceIp, aws:VpceAccount, aws:VpceOrgID, aws:VpceOrgPaths): no
// request has both, so the statement never applies.
import { operatorNamed, trueWhenAbsent } from './conditions.js'
import { statementLabel, type ConditionEntry, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'

/** Keys that the IAM User Guide says are in the request context only when the request comes through a VPC endpoint. */
const VPC_ENDPOINT_KEYS: ReadonlySet<string> = new Set(['aws:sourcevpce', 'aws:sourcevpc', 'aws:vpcsourceip', 'aws:vpceaccount', 'aws:vpceorgid', 'aws:vpceorgpaths'])

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/
// The first group of an IPv6 address or range, and its prefix length.
const IPV6 = /^([0-9a-f]{1,4})?:[0-9a-f:]*(?:\/(\d{1,3}))?$/

/** The private block a valid range lies inside, or undefined (public, reaching past one, or not a range). */
function privateBlock(text: string): string | undefined {
  const v4 = IPV4.exec(text)
  if (v4) {
    const [a, b, c, d] = [v4[1], v4[2], v4[3], v4[4]].map(Number)
    const prefix = v4[5] === undefined ? 32 : Number(v4[5])
    if (a > 255 || b > 255 || c > 255 || d > 255 || prefix > 32) return undefined // RTC402 speaks for it
    if (a === 10 && prefix >= 8) return '10.0.0.0/8'
    if (a === 172 && (b & 0xf0) === 16 && prefix >= 12) return '172.16.0.0/12'
    if (a === 192 && b === 168 && prefix >= 16) return '192.168.0.0/16'
    return undefined
  }
  const v6 = IPV6.exec(text.toLowerCase())
  if (!v6 || v6[1] === undefined) return undefined
  const prefix = v6[2] === undefined ? 128 : Number(v6[2])
  // fc00::/7: the first group is fc00-fdff, written with all four digits (a shorter group is below fc00).
  if (prefix >= 7 && prefix <= 128 && v6[1].length === 4 && (v6[1].startsWith('fc') || v6[1].startsWith('fd'))) return 'fc00::/7'
  return undefined
}

/** The condition is true only for requests that carry its key (no Null, negation, IfExists or ForAllValues). */
function needsKey(c: ConditionEntry): boolean {
  const op = operatorNamed(c.operator.value)
  return op !== undefined && !trueWhenAbsent(op)
}

// Conditions RTC628 has read looking for a VPC endpoint key, ever (one addition per condition): tests bound it by the
// statement's conditions rather than time thousands of aws:SourceIp conditions (the machine is shared).
let vpcKeySearched = 0

/** How many conditions RTC628 has read looking for a VPC endpoint key so far, in all. Only ever grows. */
export function vpcEndpointKeySearched(): number {
  return vpcKeySearched
}

/** The statement's first condition on a VPC endpoint key that needs the key present, or null. */
function vpcEndpointKeyNeeded(s: StatementView): ConditionEntry | null {
  for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
    vpcKeySearched++
    const c = conditions[j]
    if (VPC_ENDPOINT_KEYS.has(c.lowerKey) && needsKey(c)) return c
  }
  return null
}

/** RTC628: the statement needs aws:SourceIp (at `sourceIp`) and a VPC endpoint key (`c`) present together. */
function checkWithVpcEndpointKey(s: StatementView, sourceIp: ConditionEntry, c: ConditionEntry, out: FindingDraft[]): void {
  if (!needsKey(sourceIp)) return
  out.push({
    code: 'RTC628',
    span: sourceIp.key.span,
    message: `${statementLabel(s, true)} needs both ${sourceIp.key.value} (${sourceIp.operator.value}) and ${c.key.value} (${c.operator.value}): a request through a VPC endpoint carries no aws:SourceIp, and any other request carries no ${c.key.value}, so no request matches.`,
    hint: 'Allow each path in its own statement (or, in a Deny, negate both: NotIpAddress on aws:SourceIp and StringNotEquals on the endpoint key, so only requests from neither are refused).'
  })
}

function checkSourceIp(ctx: LintContext, out: FindingDraft[]): void {
  for (let i = 0, statements = ctx.statements; i < statements.length; i++) {
    const s = statements[i]
    if (!s.conditioned) continue
    // Looked for once per statement, when it has an aws:SourceIp condition: each of thousands of them scanning every
    // condition again would be quadratic in a hostile file.
    let vpcKey: ConditionEntry | null | undefined
    for (let j = 0, conditions = s.conditions; j < conditions.length; j++) {
      const c = conditions[j]
      if (c.lowerKey !== 'aws:sourceip') continue
      if (vpcKey === undefined) vpcKey = vpcEndpointKeyNeeded(s)
      if (vpcKey !== null) checkWithVpcEndpointKey(s, c, vpcKey, out)
      const op = operatorNamed(c.operator.value)
      if (op?.family !== 'IpAddress') continue
      for (let k = 0, values = c.values; k < values.length; k++) {
        const v = values[k]
        if (v.kind !== 'string') continue
        const block = privateBlock(v.value)
        if (block === undefined) continue
        out.push({
          code: 'RTC627',
          span: v.span,
          message: `"${v.value}" under ${c.key.value} in ${statementLabel(s)} is a private range (inside ${block}): aws:SourceIp holds the public address a request comes from, and a request through a VPC endpoint has none, so ${c.operator.value} never matches this value as intended.`,
          hint: 'Give the public addresses your network reaches AWS from (its NAT or proxy addresses); for requests through a VPC endpoint, test aws:VpcSourceIp with aws:SourceVpc or aws:SourceVpce.'
        })
      }
    }
  }
}

export const sourceIpRules: Rule[] = [checkSourceIp]
