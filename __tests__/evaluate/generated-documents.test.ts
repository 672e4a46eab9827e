// Proof that the generated documents do what they say, evaluated as IAM
// evaluates them: the user can assume exactly that role, the trust policy
// admits exactly that principal, and the KMS policy grants the five actions
// on exactly that key.
import { documentsFor, KMS_ACTIONS } from '../../src/core/generate/documents.js'
import type { GenerateInputs } from '../../src/core/generate/inputs.js'
import { kmsKeyArn } from '../../src/core/inputs/rules.js'
import { normalisePolicy, type NormalPolicy } from '../../src/core/iam/normalise.js'
import { evaluate } from '../../src/core/evaluate/evaluate.js'
import { defaultKeyPolicy } from '../../src/core/evaluate/key-policy.js'
import { principalFromArn } from '../../src/core/evaluate/principal.js'
import type { ContextValue, RequestPrincipal } from '../../src/core/evaluate/types.js'
import { exampleInputs, ROLE_ACCOUNT } from '../support/generate-inputs.js'

const USER_ACCOUNT = '210987654321'
const STRANGER_ACCOUNT = '555555555555'
const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'

function normal(doc: unknown): NormalPolicy {
  const p = normalisePolicy(doc)
  if (!p) throw new Error('generated document did not normalise')
  return p
}

const inputs = exampleInputs

function keyRef(arn: string, partition: GenerateInputs['partition']) {
  const r = kmsKeyArn(arn, partition)
  if (!r.ok) throw new Error(`test key ARN rejected: ${r.problem}`)
  return r.value
}

interface Case {
  name: string
  inputs: GenerateInputs
}

const CASES: Case[] = [
  { name: 'same-account user', inputs: inputs({}) },
  { name: 'cross-account user', inputs: inputs({ userAccountId: USER_ACCOUNT }) },
  { name: 'trust-principal account', inputs: inputs({ trustPrincipal: 'account' }) },
  { name: 'trust-principal account, cross-account', inputs: inputs({ trustPrincipal: 'account', userAccountId: USER_ACCOUNT }) },
  { name: 'external id', inputs: inputs({ externalId: 'Informatica-4711', userAccountId: USER_ACCOUNT }) },
  { name: 'role path /a/b/', inputs: inputs({ rolePath: '/a/b/' }) },
  { name: 'partition aws-cn', inputs: inputs({ partition: 'aws-cn', userAccountId: USER_ACCOUNT }) },
  { name: 'partition aws-us-gov', inputs: inputs({ partition: 'aws-us-gov' }) }
]

const arn = (i: GenerateInputs, partition = i.partition, account = i.accountId, path = i.rolePath, name = i.roleName) =>
  `arn:${partition}:iam::${account}:role${path}${name}`
const user = (i: GenerateInputs, name = i.userName, account = i.userAccountId, partition: string = i.partition): RequestPrincipal =>
  principalFromArn(`arn:${partition}:iam::${account}:user/${name}`)
const externalContext = (i: GenerateInputs): Record<string, ContextValue> => (i.externalId ? { 'sts:ExternalId': i.externalId } : {})

/** A trust policy that hands the decision to the user's account: any other role trusting it. */
const trustingAccountOf = (i: GenerateInputs): NormalPolicy =>
  normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:${i.partition}:iam::${i.userAccountId}:root` }, Action: 'sts:AssumeRole' }] })

describe.each(CASES)('generated user and trust policies: $name', ({ inputs: i }) => {
  const docs = documentsFor(i)
  const userPolicy = normal(docs.userPolicy)
  const trust = normal(docs.trustPolicy)
  const assume = (principal: RequestPrincipal, roleArn: string, opts: { identity?: NormalPolicy[]; trust?: NormalPolicy; context?: Record<string, ContextValue> } = {}) =>
    evaluate(
      { principal, action: 'sts:AssumeRole', resource: roleArn, context: opts.context ?? externalContext(i) },
      { identityPolicies: opts.identity ?? [userPolicy], resourcePolicy: opts.trust ?? trust }
    )

  test('the user can assume the role', () => {
    const d = assume(user(i), docs.roleArn)
    expect(d.reason).toBeTruthy()
    expect(d.effect).toBe('Allow')
    expect(docs.roleArn).toBe(arn(i))
  })

  test('the user policy allows no other role, even one whose trust policy admits the whole user account', () => {
    const others = [
      arn(i, i.partition, i.accountId, i.rolePath, `${i.roleName}2`),
      arn(i, i.partition, i.accountId, i.rolePath, i.roleName.slice(0, -1)),
      arn(i, i.partition, i.accountId, i.rolePath, i.roleName.slice(1)),
      arn(i, i.partition, i.accountId, i.rolePath, `x${i.roleName}`),
      arn(i, i.partition, i.accountId, i.rolePath, 'Admin'),
      arn(i, i.partition, i.accountId, i.rolePath === '/' ? '/other/' : '/', i.roleName),
      arn(i, i.partition, i.accountId, `${i.rolePath}x/`, i.roleName),
      arn(i, i.partition, STRANGER_ACCOUNT),
      arn(i, i.partition, i.userAccountId === i.accountId ? USER_ACCOUNT : i.userAccountId)
    ]
    for (const other of others) {
      expect({ other, effect: assume(user(i), other, { trust: trustingAccountOf(i) }).effect }).toEqual({ other, effect: 'ImplicitDeny' })
    }
    // The same names in another partition: the user cannot even reach them.
    const otherPartition = i.partition === 'aws' ? 'aws-cn' : 'aws'
    expect(assume(user(i), arn(i, otherPartition), { trust: trustingAccountOf(i) }).effect).toBe('ImplicitDeny')
    // No wildcard at all: the policy names one role.
    for (const s of userPolicy.statements) expect(s.resource?.join('')).not.toMatch(/[*?]/)
  })

  test('the trust policy admits no one else', () => {
    const everyone = [normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] })]
    const strangers: RequestPrincipal[] = [
      user(i, i.userName, STRANGER_ACCOUNT),
      principalFromArn(`arn:${i.partition}:iam::${STRANGER_ACCOUNT}:root`),
      principalFromArn(`arn:${i.partition}:iam::${STRANGER_ACCOUNT}:role/${i.roleName}`),
      principalFromArn('*'),
      principalFromArn('redshift.amazonaws.com')
    ]
    if (i.trustPrincipal === 'user') {
      // The restricted form: other principals of the user's own account are out too.
      strangers.push(user(i, 'etl-admin'), user(i, `${i.userName}x`), user(i, i.userName.slice(1)))
      strangers.push(principalFromArn(`arn:${i.partition}:iam::${i.userAccountId}:root`))
      strangers.push(principalFromArn(`arn:${i.partition}:iam::${i.userAccountId}:role/etl`))
      strangers.push(principalFromArn(`arn:${i.partition}:sts::${i.userAccountId}:assumed-role/etl/session`))
    }
    for (const p of strangers) {
      expect({ who: p.arn, effect: assume(p, docs.roleArn, { identity: everyone }).effect }).toEqual({ who: p.arn, effect: 'ImplicitDeny' })
    }
  })

  if (i.trustPrincipal === 'account') {
    test('the account form admits the account, so another user of it gets in only with an identity policy', () => {
      const colleague = user(i, 'analyst')
      expect(assume(colleague, docs.roleArn, { identity: [] }).effect).toBe('ImplicitDeny')
      expect(assume(colleague, docs.roleArn, { identity: [userPolicy] }).effect).toBe('Allow')
    })
  } else if (i.userAccountId === i.accountId) {
    test('same account, user form: the trust policy alone admits the user (IAM needs no identity policy then)', () => {
      expect(assume(user(i), docs.roleArn, { identity: [] }).effect).toBe('Allow')
    })
  } else {
    test('cross account: without the user policy the trust policy alone is not enough', () => {
      const d = assume(user(i), docs.roleArn, { identity: [] })
      expect(d.effect).toBe('ImplicitDeny')
      expect(d.reason).toContain('crosses accounts')
    })
  }

  const externalId = i.externalId
  if (externalId) {
    test('with an external id, only the right sts:ExternalId gets in', () => {
      expect(assume(user(i), docs.roleArn, { context: {} }).effect).toBe('ImplicitDeny')
      expect(assume(user(i), docs.roleArn, { context: { 'sts:ExternalId': `${externalId}x` } }).effect).toBe('ImplicitDeny')
      expect(assume(user(i), docs.roleArn, { context: { 'sts:ExternalId': externalId.toLowerCase() } }).effect).toBe('ImplicitDeny')
      expect(assume(user(i), docs.roleArn, { context: { 'sts:ExternalId': externalId } }).effect).toBe('Allow')
      // Another principal that knows the id is still not named.
      expect(assume(user(i, 'etl', STRANGER_ACCOUNT), docs.roleArn, { context: { 'sts:ExternalId': externalId } }).effect).toBe('ImplicitDeny')
    })
  }
})

// ---- KMS ---------------------------------------------------------------

const NEEDED = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo']
const NOT_GRANTED = ['kms:ScheduleKeyDeletion', 'kms:PutKeyPolicy', 'kms:CreateGrant', 'kms:DisableKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:Sign']

interface KmsCase {
  name: string
  inputs: GenerateInputs
  /** The key the staging data is encrypted with. */
  key: string
  /** Context KMS sends for that key (its aliases). */
  context: Record<string, ContextValue>
  /** Another key in the same account, which only a scoped policy must refuse. */
  otherKey?: string
  otherContext?: Record<string, ContextValue>
}

const keyArn = (partition: string, region: string, id = KEY_ID, account = ROLE_ACCOUNT) => `arn:${partition}:kms:${region}:${account}:key/${id}`
const OTHER_ID = 'ffffffff-0000-1111-2222-333333333333'

const KMS_CASES: KmsCase[] = [
  {
    name: 'key ARN',
    inputs: inputs({ kms: true, kmsKey: keyRef(keyArn('aws', 'eu-west-1'), 'aws') }),
    key: keyArn('aws', 'eu-west-1'),
    context: {},
    otherKey: keyArn('aws', 'eu-west-1', OTHER_ID),
    otherContext: {}
  },
  {
    name: 'alias ARN',
    inputs: inputs({ kms: true, kmsKey: keyRef(`arn:aws:kms:eu-west-1:${ROLE_ACCOUNT}:alias/redshift-staging`, 'aws') }),
    key: keyArn('aws', 'eu-west-1'),
    context: { 'kms:ResourceAliases': ['alias/redshift-staging', 'alias/other-name'] },
    otherKey: keyArn('aws', 'eu-west-1', OTHER_ID),
    otherContext: { 'kms:ResourceAliases': ['alias/redshift-staging-old'] }
  },
  {
    name: 'key ARN in aws-cn with a role path',
    inputs: inputs({ kms: true, partition: 'aws-cn', rolePath: '/a/b/', kmsKey: keyRef(keyArn('aws-cn', 'cn-north-1'), 'aws-cn') }),
    key: keyArn('aws-cn', 'cn-north-1'),
    context: {},
    otherKey: keyArn('aws-cn', 'cn-northwest-1'),
    otherContext: {}
  },
  {
    name: 'key ARN in aws-us-gov',
    inputs: inputs({ kms: true, partition: 'aws-us-gov', kmsKey: keyRef(keyArn('aws-us-gov', 'us-gov-west-1'), 'aws-us-gov') }),
    key: keyArn('aws-us-gov', 'us-gov-west-1'),
    context: {},
    otherKey: keyArn('aws-us-gov', 'us-gov-west-1', OTHER_ID),
    otherContext: {}
  },
  { name: 'no key (Resource "*")', inputs: inputs({ kms: true }), key: keyArn('aws', 'us-east-1'), context: {} }
]

describe.each(KMS_CASES)('generated KMS policy: $name', (c) => {
  const docs = documentsFor(c.inputs)
  if (!docs.kmsPolicy) throw new Error('kms: true made no KMS policy')
  const kmsPolicy = normal(docs.kmsPolicy)
  const session = principalFromArn(`arn:${c.inputs.partition}:sts::${c.inputs.accountId}:assumed-role/${c.inputs.roleName}/connector`)
  const use = (action: string, key: string, context: Record<string, ContextValue>, keyPolicy = defaultKeyPolicy(c.inputs.partition, ROLE_ACCOUNT)) =>
    evaluate({ principal: session, action, resource: key, context }, { identityPolicies: [kmsPolicy], resourcePolicy: keyPolicy })

  test('the generated policy lists the five actions', () => {
    expect(kmsPolicy.statements.flatMap((s) => s.action ?? [])).toEqual([...KMS_ACTIONS])
  })

  test('the role gets the five actions (ReEncrypt* as ReEncryptFrom and ReEncryptTo) on the key', () => {
    for (const action of NEEDED) expect({ action, effect: use(action, c.key, c.context).effect }).toEqual({ action, effect: 'Allow' })
  })

  test('and nothing else on it', () => {
    for (const action of NOT_GRANTED) expect({ action, effect: use(action, c.key, c.context).effect }).toEqual({ action, effect: 'ImplicitDeny' })
  })

  test('a key policy that does not delegate to the account stops it (the role needs both)', () => {
    const stranger = normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:${c.inputs.partition}:iam::${STRANGER_ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }] })
    expect(use('kms:Decrypt', c.key, c.context, stranger).effect).toBe('ImplicitDeny')
  })

  if (c.otherKey && c.otherContext) {
    const otherKey = c.otherKey
    const otherContext = c.otherContext
    test('another key of the same account is refused', () => {
      for (const action of NEEDED) expect({ action, effect: use(action, otherKey, otherContext).effect }).toEqual({ action, effect: 'ImplicitDeny' })
    })
  } else {
    test('without kms-key-arn the policy is not scoped (and generate warns about it)', () => {
      expect(use('kms:Decrypt', keyArn('aws', 'ap-south-1', OTHER_ID), {}).effect).toBe('Allow')
      expect(docs.kmsWarning).toContain('kms-key-arn')
    })
  }

  if (c.inputs.kmsKey?.type === 'alias') {
    test('with an alias, only a key that carries the alias in kms:ResourceAliases is allowed', () => {
      expect(use('kms:Decrypt', c.key, {}).effect).toBe('ImplicitDeny')
      expect(use('kms:Decrypt', c.key, { 'kms:ResourceAliases': [] }).effect).toBe('ImplicitDeny')
      expect(use('kms:Decrypt', c.key, { 'kms:ResourceAliases': 'alias/redshift-staging' }).effect).toBe('Allow')
      // The same alias on a key of another account does not help.
      expect(use('kms:Decrypt', keyArn('aws', 'eu-west-1', KEY_ID, STRANGER_ACCOUNT), c.context).effect).toBe('ImplicitDeny')
    })
  }
})

// The proofs above would notice a broken document: the same questions, asked
// of hand-broken variants, get the other answer.
describe('the proofs can fail', () => {
  const i = inputs({})
  const docs = documentsFor(i)
  const trusting = trustingAccountOf(i)

  test('a user policy on role/* lets the user assume another role', () => {
    const wide = normal({ ...docs.userPolicy, Statement: [{ ...docs.userPolicy.Statement[0], Resource: `arn:aws:iam::${ROLE_ACCOUNT}:role/*` }] })
    const d = evaluate({ principal: user(i), action: 'sts:AssumeRole', resource: arn(i, 'aws', ROLE_ACCOUNT, '/', 'Admin') }, { identityPolicies: [wide], resourcePolicy: trusting })
    expect(d.effect).toBe('Allow')
  })

  test('a trust policy on the account root admits another user of the account', () => {
    const wide = normal({ ...docs.trustPolicy, Statement: [{ ...docs.trustPolicy.Statement[0], Principal: { AWS: ROLE_ACCOUNT } }] })
    const anyAssume = normal({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] })
    const d = evaluate({ principal: user(i, 'intern'), action: 'sts:AssumeRole', resource: docs.roleArn }, { identityPolicies: [anyAssume], resourcePolicy: wide })
    expect(d.effect).toBe('Allow')
  })

  test('a KMS policy with kms:* grants key deletion', () => {
    const k = documentsFor(inputs({ kms: true }))
    const wide = normal({ ...k.kmsPolicy, Statement: [{ ...k.kmsPolicy!.Statement[0], Action: 'kms:*' }] })
    const session = principalFromArn(`arn:aws:sts::${ROLE_ACCOUNT}:assumed-role/${i.roleName}/s`)
    const d = evaluate({ principal: session, action: 'kms:ScheduleKeyDeletion', resource: keyArn('aws', 'eu-west-1') }, { identityPolicies: [wide], resourcePolicy: defaultKeyPolicy('aws', ROLE_ACCOUNT) })
    expect(d.effect).toBe('Allow')
  })
})
