import {
  accountId,
  artifactName,
  booleanFlag,
  externalId,
  filePath,
  iamName,
  iamPath,
  kmsKeyArn,
  awsRegion,
  listOf,
  oneOf,
  partition,
  redshiftClusterId,
  redshiftDbIdentifier,
  redshiftDbUser,
  redshiftWorkgroupId,
  s3BucketName,
  s3KeyPrefix,
  sessionDuration,
  type KmsKeyRef,
  type Partition,
  type RuleResult
} from '../inputs/rules.js'
import { checkInput, type InputError, type InputReader, type Parsed } from '../inputs/input-error.js'

export const TRUST_PRINCIPALS = ['user', 'account', 'role'] as const
export type TrustPrincipal = (typeof TRUST_PRINCIPALS)[number]

export const REDSHIFT_DB_AUTH = ['none', 'cluster', 'serverless'] as const
export const FORMATS = ['cli', 'cloudformation', 'terraform'] as const
export type Format = (typeof FORMATS)[number]

/** Role chaining: a role session that assumes another role gets at most one hour. */
export const ROLE_CHAINING_MAX_SECONDS = 3600

/** What redshift-db-auth asks for: database credentials for a provisioned cluster or a serverless workgroup. */
export type RedshiftDbAuth =
  | {
      kind: 'cluster'
      region: string
      clusterId: string
      dbUser: string
      dbName?: string
      dbGroups: string[]
      /** db-auto-create: the connector asks GetClusterCredentials to create the user (AutoCreate), which needs redshift:CreateClusterUser. */
      autoCreate?: true
    }
  | { kind: 'serverless'; region: string; workgroupId: string }

/** The normalised inputs of `generate`: everything the documents depend on. */
export interface GenerateInputs {
  partition: Partition
  accountId: string
  roleName: string
  rolePath: string
  /** Empty when the trust policy names the account root and no user is given. */
  userName: string
  /** The user's IAM path, '/' or '/a/b/': IAM names the user with it (a trust policy naming the user without it is refused). */
  userPath: string
  userAccountId: string
  trustPrincipal: TrustPrincipal
  kms: boolean
  kmsKey?: KmsKeyRef
  externalId?: string
  /** trust-principal role: the role that assumes this one, in userAccountId's account. */
  principalRole?: { name: string; path: string }
  /** staging-bucket: makes the S3 staging policy. */
  stagingBucket?: string
  /** staging-prefix, normalised to 'a/b/'; '' for the whole bucket. */
  stagingPrefix?: string
  /** redshift-db-auth other than none: makes the DB-auth policy. */
  redshift?: RedshiftDbAuth
  /** session-duration in seconds, when given. */
  sessionDuration?: number
}

/** Where the results go; not part of the documents' meaning. */
export interface GenerateDelivery {
  outputDir: string
  artifactName: string
  /** The deploy files besides the JSON documents, in FORMATS order. */
  formats: Format[]
}

export interface ParseOptions {
  /**
   * generate refuses session-duration over an hour with trust-principal
   * role (the credentials could never last that long); validate reads the
   * same inputs and reports the chaining as a finding on the trust policy.
   */
  roleChainingIsError?: boolean
}

class InputRejected {
  constructor(readonly error: InputError) {}
}

/**
 * Reads and checks every `generate` input. The first bad one is returned as
 * an InputError; nothing is read from the environment here.
 */
export function parseGenerateInputs(read: InputReader, options: ParseOptions = {}): Parsed<GenerateInputs & GenerateDelivery> {
  try {
    return { ok: true, value: readAll(read, options.roleChainingIsError ?? true) }
  } catch (e) {
    if (e instanceof InputRejected) return { ok: false, error: e.error }
    throw e
  }
}

function readAll(read: InputReader, roleChainingIsError: boolean): GenerateInputs & GenerateDelivery {
  // `check` turns a rule violation into an early exit carrying the input's name.
  const check = <T>(input: string, raw: string, result: RuleResult<T>, echo = true): T => {
    const checked = checkInput(input, raw, result, echo)
    if (checked.ok) return checked.value
    throw new InputRejected(checked.error)
  }
  const required = (input: string): string => {
    const raw = read(input)
    if (raw.trim() === '') throw new InputRejected({ input, problem: 'is required', rule: 'a value for this input' })
    return raw
  }
  const optional = (input: string): string | undefined => {
    const raw = read(input)
    return raw.trim() === '' ? undefined : raw
  }

  const part = check('partition', read('partition'), partition(read('partition') || 'aws'))
  const account = check('account-id', read('account-id'), accountId(required('account-id')))
  const roleName = check('role-name', read('role-name'), iamName(required('role-name'), 'role-name', account))
  const rolePath = check('role-path', read('role-path'), iamPath(read('role-path')))

  // Before the requester's name: an ARN pasted as that name is read against the account it will be named in.
  const userAccountRaw = optional('user-account-id')
  const userAccountId = userAccountRaw === undefined ? account : check('user-account-id', userAccountRaw, accountId(userAccountRaw))
  const userRaw = optional('user-name')
  const userName = userRaw === undefined ? '' : check('user-name', userRaw, iamName(userRaw, 'user-name', userAccountId))
  const userPathRaw = optional('user-path')
  const userPath = check('user-path', userPathRaw ?? '', iamPath(userPathRaw ?? ''))

  const trustRaw = optional('trust-principal')
  const trustPrincipal =
    trustRaw === undefined ? (userName ? 'user' : 'account') : check('trust-principal', trustRaw, oneOf(TRUST_PRINCIPALS, trustRaw))
  // '/' is action.yml's default: the runner passes it whether or not a user is named. With trust-principal role the
  // requester is a role, whose path has an input of its own: asking for a user-name there would send the user to an
  // input that trust-principal role refuses.
  if (userPathRaw !== undefined && userPathRaw.trim() !== '/' && !userName) {
    // principal-role-name with trust-principal left out means a role too (its own check then asks for trust-principal).
    const roleMeant = trustPrincipal === 'role' || optional('principal-role-name') !== undefined
    throw new InputRejected(
      roleMeant
        ? {
            input: 'user-path',
            problem: trustPrincipal === 'role' ? "is set while trust-principal is 'role'" : 'is set beside principal-role-name, without user-name',
            rule: "principal-role-path for the path of the role principal-role-name names, with trust-principal: role (user-path is the path of user-name's user, which trust-principal role does not take), or no user-path"
          }
        : { input: 'user-path', problem: 'is set without user-name', rule: 'user-name for the user the path belongs to, or no user-path' }
    )
  }
  if (trustPrincipal === 'user' && !userName) {
    throw new InputRejected({
      input: 'user-name',
      problem: "is required when trust-principal is 'user'",
      rule: "the IAM user's name, or trust-principal: account to trust the account root"
    })
  }
  const principalRoleRaw = optional('principal-role-name')
  const principalPathRaw = optional('principal-role-path')
  let principalRole: { name: string; path: string } | undefined
  if (trustPrincipal === 'role') {
    if (principalRoleRaw === undefined) {
      throw new InputRejected({
        input: 'principal-role-name',
        problem: "is required when trust-principal is 'role'",
        rule: "the name of the role that assumes this one (the Secure Agent's EC2 instance role or the worker-node role)"
      })
    }
    if (userName) {
      throw new InputRejected({
        input: 'user-name',
        problem: "is set while trust-principal is 'role'",
        rule: 'either a user (trust-principal: user) or a role (trust-principal: role and principal-role-name) requests the credentials, not both'
      })
    }
    principalRole = {
      name: check('principal-role-name', principalRoleRaw, iamName(principalRoleRaw, 'principal-role-name', userAccountId)),
      path: check('principal-role-path', principalPathRaw ?? '', iamPath(principalPathRaw ?? ''))
    }
    // IAM role names are unique in an account whatever their case or path: the same name there is this role,
    // which would trust itself and hold the requester policy, so the requester would hold the role's access.
    if (userAccountId === account && principalRole.name.toLowerCase() === roleName.toLowerCase()) {
      throw new InputRejected({
        input: 'principal-role-name',
        value: principalRoleRaw,
        problem: `names the role itself (role-name ${roleName} in account ${account}; IAM role names are unique in an account whatever their case or path)`,
        rule: "the role that requests the credentials (the Secure Agent's EC2 instance role or the worker-node role), not the role it assumes: the vendor's rule is that the requester has no access of its own"
      })
    }
  } else {
    for (const [input, raw] of [['principal-role-name', principalRoleRaw], ['principal-role-path', principalPathRaw]] as const) {
      if (raw !== undefined && !(input === 'principal-role-path' && raw.trim() === '/')) {
        // A user's path given here belongs in user-path: say so, as user-path's rule names principal-role-path.
        const userPathNote = input === 'principal-role-path' && trustPrincipal === 'user' ? " (the path of user-name's user goes in user-path)" : ''
        throw new InputRejected({
          input,
          problem: `is set while trust-principal is '${trustPrincipal}'`,
          rule: `trust-principal: role to make the trust policy name that role, or no principal-role-name/principal-role-path${userPathNote}`
        })
      }
    }
  }

  const kms = check('kms', read('kms'), booleanFlag(read('kms')))
  const keyRaw = optional('kms-key-arn')
  const kmsKey = keyRaw === undefined ? undefined : check('kms-key-arn', keyRaw, kmsKeyArn(keyRaw, part))
  if (kmsKey && !kms) {
    throw new InputRejected({
      input: 'kms-key-arn',
      problem: 'is set while kms is false',
      rule: 'kms: true to make the KMS policy for this key, or no kms-key-arn'
    })
  }

  const externalRaw = optional('external-id')
  // The external id is a shared secret of sorts: never echo it back.
  const external = externalRaw === undefined ? undefined : check('external-id', externalRaw, externalId(externalRaw), false)

  const bucketRaw = optional('staging-bucket')
  const stagingBucket = bucketRaw === undefined ? undefined : check('staging-bucket', bucketRaw, s3BucketName(bucketRaw))
  const prefixRaw = optional('staging-prefix')
  const stagingPrefix = prefixRaw === undefined ? '' : check('staging-prefix', prefixRaw, s3KeyPrefix(prefixRaw, stagingBucket))
  if (prefixRaw !== undefined && stagingBucket === undefined) {
    throw new InputRejected({ input: 'staging-prefix', problem: 'is set without staging-bucket', rule: 'staging-bucket set to the bucket the prefix is in, or no staging-prefix' })
  }

  const redshift = readRedshift(read, optional, check, part, account)

  const durationRaw = optional('session-duration')
  const duration = durationRaw === undefined ? undefined : check('session-duration', durationRaw, sessionDuration(durationRaw))
  if (roleChainingIsError && duration !== undefined && duration > ROLE_CHAINING_MAX_SECONDS && trustPrincipal === 'role') {
    throw new InputRejected({
      input: 'session-duration',
      value: durationRaw,
      problem: `is ${duration} seconds while trust-principal is 'role': a role that assumes another role is role chaining, which AWS caps at one hour whatever MaxSessionDuration says, so the connector's credentials would expire before the task`,
      rule: `at most ${ROLE_CHAINING_MAX_SECONDS} seconds with trust-principal: role (or trust-principal: user for longer sessions)`
    })
  }

  const formatsRaw = read('formats')
  const formatList = check('formats', formatsRaw, listOf(formatsRaw.trim() === '' ? 'cli' : formatsRaw, (f) => oneOf(FORMATS, f.toLowerCase()), FORMATS.length, 'formats'))
  if (formatList.length === 0) throw new InputRejected({ input: 'formats', value: formatsRaw, problem: 'names no format', rule: `one or more of ${FORMATS.join(', ')}` })
  const formats = FORMATS.filter((f) => formatList.includes(f))

  const outputDir = check('output-dir', read('output-dir'), filePath(read('output-dir') || 'redshift-temp-creds'))
  const artifact = check('artifact-name', read('artifact-name'), artifactName(read('artifact-name')))

  return {
    partition: part,
    accountId: account,
    roleName,
    rolePath,
    userName,
    userPath,
    userAccountId,
    trustPrincipal,
    kms,
    ...(kmsKey ? { kmsKey } : {}),
    ...(external ? { externalId: external } : {}),
    ...(principalRole ? { principalRole } : {}),
    ...(stagingBucket ? { stagingBucket, stagingPrefix } : {}),
    ...(redshift ? { redshift } : {}),
    ...(duration !== undefined ? { sessionDuration: duration } : {}),
    outputDir,
    artifactName: artifact,
    formats
  }
}

type Check = <T>(input: string, raw: string, result: RuleResult<T>, echo?: boolean) => T

/** redshift-db-auth and the inputs that belong to its choice; an input of the other choice is an error, not ignored. */
function readRedshift(read: InputReader, optional: (input: string) => string | undefined, check: Check, part: Partition, roleAccount: string): RedshiftDbAuth | undefined {
  const authRaw = read('redshift-db-auth')
  const auth = check('redshift-db-auth', authRaw, oneOf(REDSHIFT_DB_AUTH, authRaw.trim() === '' ? 'none' : authRaw.toLowerCase()))
  const belongs: Record<string, ReadonlyArray<(typeof REDSHIFT_DB_AUTH)[number]>> = {
    'redshift-cluster-id': ['cluster'],
    'redshift-workgroup': ['serverless'],
    'redshift-region': ['cluster', 'serverless'],
    'db-user': ['cluster'],
    'db-name': ['cluster'],
    'db-groups': ['cluster'],
    'db-auto-create': ['cluster']
  }
  const autoCreateRaw = read('db-auto-create')
  const autoCreate = check('db-auto-create', autoCreateRaw, booleanFlag(autoCreateRaw))
  for (const [input, kinds] of Object.entries(belongs)) {
    // db-auto-create: false asks for nothing, whatever redshift-db-auth is.
    const set = input === 'db-auto-create' ? autoCreate : optional(input) !== undefined
    if (set && !kinds.includes(auth)) {
      throw new InputRejected({
        input,
        problem: `is set while redshift-db-auth is '${auth}'`,
        rule: `redshift-db-auth: ${kinds.join(' or ')} to use it${auth === 'serverless' && input.startsWith('db-') ? ' (redshift-serverless:GetCredentials is authorised on the workgroup alone; the database user follows from the role)' : ''}`
      })
    }
  }
  if (auth === 'none') return undefined
  const need = (input: string): string => {
    const raw = optional(input)
    if (raw === undefined) throw new InputRejected({ input, problem: `is required when redshift-db-auth is '${auth}'`, rule: 'a value for this input' })
    return raw
  }
  const regionRaw = need('redshift-region')
  const region = check('redshift-region', regionRaw, awsRegion(regionRaw, part))
  if (auth === 'serverless') {
    const raw = need('redshift-workgroup')
    return { kind: 'serverless', region, workgroupId: check('redshift-workgroup', raw, redshiftWorkgroupId(raw, { region, account: roleAccount })) }
  }
  const clusterRaw = need('redshift-cluster-id')
  const clusterId = check('redshift-cluster-id', clusterRaw, redshiftClusterId(clusterRaw, { region, account: roleAccount }))
  const userRaw = need('db-user')
  const dbUser = check('db-user', userRaw, redshiftDbUser(userRaw))
  const nameRaw = optional('db-name')
  const dbName = nameRaw === undefined ? undefined : check('db-name', nameRaw, redshiftDbIdentifier(nameRaw))
  const groupsRaw = read('db-groups')
  const dbGroups = check('db-groups', groupsRaw, listOf(groupsRaw, redshiftDbIdentifier, 50, 'groups'))
  return { kind: 'cluster', region, clusterId, dbUser, ...(dbName ? { dbName } : {}), dbGroups, ...(autoCreate ? { autoCreate } : {}) }
}
