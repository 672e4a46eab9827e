import {
  accountId,
  artifactName,
  booleanFlag,
  externalId,
  filePath,
  iamName,
  iamPath,
  kmsKeyArn,
  oneOf,
  partition,
  type KmsKeyRef,
  type Partition,
  type RuleResult
} from '../inputs/rules.js'
import { checkInput, type InputError, type InputReader, type Parsed } from '../inputs/input-error.js'

export const TRUST_PRINCIPALS = ['user', 'account'] as const
export type TrustPrincipal = (typeof TRUST_PRINCIPALS)[number]

/** The normalised inputs of `generate`: everything the documents depend on. */
export interface GenerateInputs {
  partition: Partition
  accountId: string
  roleName: string
  rolePath: string
  /** Empty when the trust policy names the account root and no user is given. */
  userName: string
  userAccountId: string
  trustPrincipal: TrustPrincipal
  kms: boolean
  kmsKey?: KmsKeyRef
  externalId?: string
}

/** Where the results go; not part of the documents' meaning. */
export interface GenerateDelivery {
  outputDir: string
  artifactName: string
}

class InputRejected {
  constructor(readonly error: InputError) {}
}

/**
 * Reads and checks every `generate` input. The first bad one is returned as
 * an InputError; nothing is read from the environment here.
 */
export function parseGenerateInputs(read: InputReader): Parsed<GenerateInputs & GenerateDelivery> {
  try {
    return { ok: true, value: readAll(read) }
  } catch (e) {
    if (e instanceof InputRejected) return { ok: false, error: e.error }
    throw e
  }
}

function readAll(read: InputReader): GenerateInputs & GenerateDelivery {
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
  const roleName = check('role-name', read('role-name'), iamName(required('role-name')))
  const rolePath = check('role-path', read('role-path'), iamPath(read('role-path')))

  const userRaw = optional('user-name')
  const userName = userRaw === undefined ? '' : check('user-name', userRaw, iamName(userRaw))
  const userAccountRaw = optional('user-account-id')
  const userAccountId = userAccountRaw === undefined ? account : check('user-account-id', userAccountRaw, accountId(userAccountRaw))

  const trustRaw = optional('trust-principal')
  const trustPrincipal =
    trustRaw === undefined ? (userName ? 'user' : 'account') : check('trust-principal', trustRaw, oneOf(TRUST_PRINCIPALS, trustRaw))
  if (trustPrincipal === 'user' && !userName) {
    throw new InputRejected({
      input: 'user-name',
      problem: "is required when trust-principal is 'user'",
      rule: "the IAM user's name, or trust-principal: account to trust the account root"
    })
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

  const outputDir = check('output-dir', read('output-dir'), filePath(read('output-dir') || 'redshift-temp-creds'))
  const artifact = check('artifact-name', read('artifact-name'), artifactName(read('artifact-name')))

  return {
    partition: part,
    accountId: account,
    roleName,
    rolePath,
    userName,
    userAccountId,
    trustPrincipal,
    kms,
    ...(kmsKey ? { kmsKey } : {}),
    ...(external ? { externalId: external } : {}),
    outputDir,
    artifactName: artifact
  }
}
