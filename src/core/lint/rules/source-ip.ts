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
import { bareIpv6WidestRange, readAddressRange } from '../../iam/value-forms.js'
import { statementLabel, type ConditionEntry, type FindingDraft, type LintContext, type Rule, type StatementView } from '../context.js'

/** Keys that the IAM User Guide says are in the request context only when the request comes through a VPC endpoint. */
const VPC_ENDPOINT_KEYS: ReadonlySet<string> = new Set(['aws:sourcevpce', 'aws:sourcevpc', 'aws:vpcsourceip', 'aws:vpceaccount', 'aws:vpceorgid', 'aws:vpceorgpaths'])

/** The private blocks (RFC 1918 and RFC 4193's fc00::/7): family, first address, prefix length, as written. */
const PRIVATE_BLOCKS: { family: 4 | 6; first: bigint; bits: number; text: string }[] = [
  { family: 4, first: 10n << 24n, bits: 8, text: '10.0.0.0/8' },
  { family: 4, first: (172n << 24n) | (16n << 16n), bits: 12, text: '172.16.0.0/12' },
  { family: 4, first: (192n << 24n) | (168n << 16n), bits: 16, text: '192.168.0.0/16' },
  { family: 6, first: 0xfcn << 120n, bits: 7, text: 'fc00::/7' }
]

/**
 * The private block a range lies inside, or undefined (public, reaching past
 * one, or not a range in a documented form: RTC402 and RTC416 speak for
 * those, but for an IPv6 address with no prefix length inside a block under
 * both of its readings), read as the evaluator reads it (iam/value-forms.ts).
 */
function privateBlock(text: string): string | undefined {
  const reading = readAddressRange(text)
  // An IPv6 address with no prefix length is one address or the /32 around it (value-forms.ts): inside a block either
  // way when the /32 is.
  const range = reading.form === 'documented' ? reading.value : bareIpv6WidestRange(text)
  if (!range) return undefined
  const width = range.family === 4 ? 32 : 128
  for (const block of PRIVATE_BLOCKS) {
    if (block.family !== range.family || range.bits < block.bits) continue
    if (range.first >> BigInt(width - block.bits) === block.first >> BigInt(width - block.bits)) return block.text
  }
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
