// Realistic policy files for the benchmark, from a seeded generator: the same
// files on every run. Sizes follow what real repositories hold (see
// ../shared/corpus): identity policies of 1-12 statements, trust policies of
// 1-3, KMS key policies of 3-7.

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ACTIONS = [
  's3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:GetBucketLocation', 'redshift:GetClusterCredentials',
  'redshift:DescribeClusters', 'redshift-data:ExecuteStatement', 'glue:GetTable', 'glue:GetDatabase',
  'kms:Decrypt', 'kms:GenerateDataKey', 'logs:PutLogEvents', 'logs:CreateLogStream', 'dynamodb:GetItem',
  'dynamodb:Query', 'sqs:SendMessage', 'sns:Publish', 'ec2:DescribeInstances', 'secretsmanager:GetSecretValue'
]

type Rand = () => number
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]
const account = (r: Rand) => String(100000000000 + Math.floor(r() * 899999999999))

function resourceFor(r: Rand, action: string, acct: string): string {
  const service = action.split(':')[0]
  switch (service) {
    case 's3': {
      // Bucket-level actions name the bucket, object-level ones its objects.
      const bucket = `arn:aws:s3:::staging-bucket-${Math.floor(r() * 1000)}`
      return action === 's3:ListBucket' || action === 's3:GetBucketLocation' ? bucket : `${bucket}/*`
    }
    case 'redshift':
    case 'redshift-data': {
      const cluster = `cluster-${Math.floor(r() * 50)}`
      return action === 'redshift:GetClusterCredentials'
        ? `arn:aws:redshift:us-east-1:${acct}:dbuser:${cluster}/etl_user`
        : `arn:aws:redshift:us-east-1:${acct}:cluster:${cluster}`
    }
    case 'kms':
      return `arn:aws:kms:us-east-1:${acct}:key/1234abcd-12ab-34cd-56ef-${String(Math.floor(r() * 1e12)).padStart(12, '0')}`
    case 'logs':
      return `arn:aws:logs:us-east-1:${acct}:log-group:/aws/etl/${Math.floor(r() * 100)}:*`
    case 'dynamodb':
      return `arn:aws:dynamodb:us-east-1:${acct}:table/jobs-${Math.floor(r() * 100)}`
    default:
      return '*'
  }
}

export function identityPolicy(r: Rand): object {
  const acct = account(r)
  const n = 1 + Math.floor(r() * 12)
  const Statement = []
  for (let i = 0; i < n; i++) {
    const actions = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(r, ACTIONS))
    Statement.push({
      Sid: `Stmt${i}`,
      Effect: r() < 0.9 ? 'Allow' : 'Deny',
      Action: [...new Set(actions)],
      Resource: actions.map((a) => resourceFor(r, a, acct))
    })
  }
  return { Version: '2012-10-17', Statement }
}

export function trustPolicy(r: Rand): object {
  const acct = account(r)
  const n = 1 + Math.floor(r() * 3)
  const Statement = []
  for (let i = 0; i < n; i++) {
    Statement.push({
      Sid: `Trust${i}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${acct}:user/etl-${Math.floor(r() * 100)}` },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': `ext-${Math.floor(r() * 1e6)}` } }
    })
  }
  return { Version: '2012-10-17', Statement }
}

export function keyPolicy(r: Rand): object {
  const acct = account(r)
  const Statement: object[] = [
    { Sid: 'EnableRootPermissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: 'kms:*', Resource: '*' }
  ]
  const n = 2 + Math.floor(r() * 5)
  for (let i = 0; i < n; i++) {
    Statement.push({
      Sid: `KeyUse${i}`,
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${acct}:role/redshift-staging-${i}` },
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
      Resource: '*'
    })
  }
  return { Version: '2012-10-17', Statement }
}

/** `count` files: name and pretty-printed text, the three kinds mixed 3:1:1. */
export function policyFiles(count: number, seed = 42): Array<{ name: string; text: string }> {
  const r = seededRandom(seed)
  const out = []
  for (let i = 0; i < count; i++) {
    const kind = i % 5 < 3 ? 'identity' : i % 5 === 3 ? 'trust' : 'kms'
    const doc = kind === 'identity' ? identityPolicy(r) : kind === 'trust' ? trustPolicy(r) : keyPolicy(r)
    out.push({ name: `${kind}/${String(i).padStart(5, '0')}-${kind}.json`, text: `${JSON.stringify(doc, null, 2)}\n` })
  }
  return out
}

/** Two 500-statement identity policies: the second with a tenth of them edited and the order shuffled. */
export function bigPolicyPair(statements: number, seed = 7): [object, object] {
  const r = seededRandom(seed)
  const acct = account(r)
  const before = []
  for (let i = 0; i < statements; i++) {
    const action = pick(r, ACTIONS)
    before.push({ Sid: `S${i}`, Effect: 'Allow', Action: [action], Resource: [resourceFor(r, action, acct)] })
  }
  const after = before.map((s, i) => (i % 10 === 0 ? { ...s, Action: [...s.Action, pick(r, ACTIONS)] } : s))
  for (let i = after.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[after[i], after[j]] = [after[j], after[i]]
  }
  return [{ Version: '2012-10-17', Statement: before }, { Version: '2012-10-17', Statement: after }]
}
