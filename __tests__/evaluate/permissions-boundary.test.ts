// A permissions boundary (AWS's "Permissions boundaries for IAM entities"): the
// entity may do only what both its identity policies and its boundary allow; a
// Deny in it wins; within one account a resource policy's grant to the user's
// or the role session's own ARN is not limited by it, a grant to the role's
// ARN is; and a resource policy's Deny with NotPrincipal denies every
// principal that has a boundary, whatever NotPrincipal lists.
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { AccessRequest } from '../../src/core/evaluate/types.js'
import { defaultKeyPolicy } from '../../src/core/evaluate/key-policy.js'

const A = '111122223333'
const B = '444455556666'
const alice = principalFromArn(`arn:aws:iam::${A}:user/alice`)
const roleArn = `arn:aws:iam::${A}:role/reader`
const session = { ...principalFromArn(`arn:aws:sts::${A}:assumed-role/reader/s1`), roleArn }
const object = 'arn:aws:s3:::data-bucket/report.csv'
const key = `arn:aws:kms:eu-west-1:${A}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

function policy(...statements: object[]): NormalPolicy {
  const p = normalisePolicy({ Version: '2012-10-17', Statement: statements })
  if (!p) throw new Error('bad test policy')
  return p
}
const req = (principal: AccessRequest['principal'], action: string, resource: string): AccessRequest => ({ principal, action, resource })
const everything = policy({ Effect: 'Allow', Action: '*', Resource: '*' })
const s3Only = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })

describe('a permissions boundary caps the identity policies', () => {
  test('an identity Allow outside the boundary is refused; inside it, allowed', () => {
    const kms = req(session, 'kms:Decrypt', key)
    const keyPolicy = defaultKeyPolicy('aws', A)
    expect(evaluate(kms, { identityPolicies: [everything], resourcePolicy: keyPolicy }).effect).toBe('Allow')
    const bounded = evaluate(kms, { identityPolicies: [everything], resourcePolicy: keyPolicy, permissionsBoundary: s3Only })
    expect(bounded.effect).toBe('ImplicitDeny')
    expect(bounded.reason).toContain('permissions boundary')
    expect(evaluate(req(session, 's3:GetObject', object), { identityPolicies: [everything], resourceAccount: A, permissionsBoundary: s3Only }).effect).toBe('Allow')
  })

  test('the boundary grants nothing by itself', () => {
    expect(evaluate(req(alice, 's3:GetObject', object), { identityPolicies: [], resourceAccount: A, permissionsBoundary: everything }).effect).toBe('ImplicitDeny')
  })

  test('a Deny in the boundary wins', () => {
    const boundary = policy({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' })
    const d = evaluate(req(alice, 's3:DeleteObject', object), { identityPolicies: [everything], resourceAccount: A, permissionsBoundary: boundary })
    expect(d.effect).toBe('ExplicitDeny')
    expect(d.reason).toContain('the permissions boundary statement 1')
  })

  test("within one account, a bucket policy naming the user's ARN or the session's ARN grants without the boundary; naming the role's ARN does not", () => {
    const grantTo = (arn: string) => policy({ Effect: 'Allow', Principal: { AWS: arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' })
    const ec2Only = policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })
    const run = (p: AccessRequest['principal'], grantee: string) =>
      evaluate(req(p, 's3:GetObject', object), { identityPolicies: [], resourcePolicy: grantTo(grantee), resourceAccount: A, permissionsBoundary: ec2Only }).effect
    expect(run(alice, alice.arn)).toBe('Allow')
    expect(run(session, session.arn)).toBe('Allow')
    expect(run(session, roleArn)).toBe('ImplicitDeny')
    // Without the boundary the role's ARN is enough within one account.
    expect(evaluate(req(session, 's3:GetObject', object), { identityPolicies: [], resourcePolicy: grantTo(roleArn), resourceAccount: A }).effect).toBe('Allow')
    // Across accounts the identity side must allow, and the boundary caps it.
    const carol = principalFromArn(`arn:aws:iam::${B}:user/carol`)
    expect(evaluate(req(carol, 's3:GetObject', object), { identityPolicies: [everything], resourcePolicy: grantTo(carol.arn), resourceAccount: A, permissionsBoundary: ec2Only }).effect).toBe('ImplicitDeny')
  })

  test("a key policy naming the role's ARN is capped by the role's boundary", () => {
    const keyPolicy = policy({ Effect: 'Allow', Principal: { AWS: roleArn }, Action: 'kms:*', Resource: '*' })
    expect(evaluate(req(session, 'kms:Decrypt', key), { identityPolicies: [], resourcePolicy: keyPolicy }).effect).toBe('Allow')
    expect(evaluate(req(session, 'kms:Decrypt', key), { identityPolicies: [], resourcePolicy: keyPolicy, permissionsBoundary: s3Only }).effect).toBe('ImplicitDeny')
  })

  test('a trust policy naming the user grants sts:AssumeRole within one account whatever the user\'s boundary; one naming the account does not', () => {
    const trust = (arn: string) => policy({ Effect: 'Allow', Principal: { AWS: arn }, Action: 'sts:AssumeRole' })
    const run = (grantee: string) => evaluate(req(alice, 'sts:AssumeRole', roleArn), { identityPolicies: [everything], resourcePolicy: trust(grantee), permissionsBoundary: s3Only }).effect
    expect(run(alice.arn)).toBe('Allow')
    expect(run(`arn:aws:iam::${A}:root`)).toBe('ImplicitDeny')
  })

  test('a Deny with NotPrincipal denies a principal that has a boundary even when it lists all its names', () => {
    const deny = policy(
      { Effect: 'Allow', Principal: { AWS: roleArn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' },
      { Effect: 'Deny', NotPrincipal: { AWS: [session.arn, roleArn, `arn:aws:iam::${A}:root`] }, Action: 's3:*', Resource: 'arn:aws:s3:::data-bucket/*' }
    )
    expect(evaluate(req(session, 's3:GetObject', object), { identityPolicies: [everything], resourcePolicy: deny, resourceAccount: A }).effect).toBe('Allow')
    expect(evaluate(req(session, 's3:GetObject', object), { identityPolicies: [everything], resourcePolicy: deny, resourceAccount: A, permissionsBoundary: everything }).effect).toBe('ExplicitDeny')
  })

  test('within one account, a grant to Principal "*" or an Allow with NotPrincipal is limited by the boundary (AWS names no such grant among those it does not limit: read against the caller)', () => {
    const ec2Only = policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })
    const run = (p: AccessRequest['principal'], grant: object) =>
      evaluate(req(p, 's3:GetObject', object), { identityPolicies: [], resourcePolicy: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*', ...grant }), resourceAccount: A, permissionsBoundary: ec2Only }).effect
    for (const p of [alice, session]) {
      expect(run(p, { Principal: '*' })).toBe('ImplicitDeny')
      expect(run(p, { Principal: { AWS: '*' } })).toBe('ImplicitDeny')
      expect(run(p, { NotPrincipal: { AWS: `arn:aws:iam::${B}:root` } })).toBe('ImplicitDeny')
      // Named by its own ARN it is not limited, and without a boundary "*" is enough within one account.
      expect(run(p, { Principal: { AWS: p.arn } })).toBe('Allow')
      expect(evaluate(req(p, 's3:GetObject', object), { identityPolicies: [], resourcePolicy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' }), resourceAccount: A }).effect).toBe('Allow')
    }
  })

  test('looking for a same-account grant to the caller\'s own ARN reads each statement of the resource policy a bounded number of times (linear at 2n)', () => {
    const ec2Only = policy({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' })
    // n statements that all grant the role's ARN the object (all match, none is the session's own grant, so each is
    // looked at), read through a counting proxy of the statement list.
    const reads = (n: number): number => {
      const grants = policy(...Array.from({ length: n }, (_, i) => ({ Sid: `G${i}`, Effect: 'Allow', Principal: { AWS: roleArn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-bucket/*' })))
      let count = 0
      const statements = new Proxy(grants.statements, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) count++
          return Reflect.get(target, key, receiver)
        }
      })
      const d = evaluate(req(session, 's3:GetObject', object), { identityPolicies: [], resourcePolicy: { ...grants, statements }, resourceAccount: A, permissionsBoundary: ec2Only })
      expect(d.effect).toBe('ImplicitDeny')
      return count
    }
    const n = 400
    expect(reads(2 * n)).toBeLessThanOrEqual(2 * reads(n) + 10)
  })

  test('the root user has no boundary', () => {
    const root = principalFromArn(`arn:aws:iam::${A}:root`)
    expect(evaluate(req(root, 's3:GetObject', object), { identityPolicies: [], resourceAccount: A, permissionsBoundary: policy({ Effect: 'Deny', Action: '*', Resource: '*' }) }).effect).toBe('Allow')
  })
})
