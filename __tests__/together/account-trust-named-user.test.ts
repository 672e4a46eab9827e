// trust-principal account names no user: the connector's user is whichever IAM user of the user's account the
// account's policies let assume the role. The check stood a made-up user (redshift-connector) in for it and
// reported what that user could not do: a trust policy naming the real user, arn:...:user/etl, was "AccessDenied:
// the trust policy does not name an IAM user of account ..." (it does), and another principal was admitted
// "besides arn:aws:iam::...:user/redshift-connector", a user the account does not have. A user of that account the
// trust policy names is now read as the connector's, in its favour, as a named session of the principal role is.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT, togetherCodes as works } from '../support/together-setup.js'

const AS_ACCOUNT: Record<string, string> = { 'user-name': '', 'trust-principal': 'account' }
const ETL = `arn:aws:iam::${SETUP_ACCOUNT}:user/etl`
const trustOf = (...AWS: string[]) => ({ 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }) })
const messages = (s: ReturnType<typeof setup>) => checkTogether(s.files, s.inputs).map((f) => `${f.code} ${f.message} ${f.hint}`)

test('a trust policy naming one user of the account: that user is the connector, no RTC704', () => {
  expect(works(setup(AS_ACCOUNT, trustOf(ETL)))).toEqual([])
})

test('a second user named besides it is another principal, and no message names a made-up user', () => {
  const s = setup(AS_ACCOUNT, trustOf(ETL, `arn:aws:iam::${SETUP_ACCOUNT}:user/intern`))
  expect(works(s)).toEqual(['RTC708'])
  expect(messages(s).join('\n')).not.toContain('redshift-connector')
  expect(messages(s).find((m) => m.startsWith('RTC708'))).toContain(`besides ${ETL}`)
})

test('a role of the account admitted besides: reported without a made-up user', () => {
  const s = setup(AS_ACCOUNT, trustOf(`arn:aws:iam::${SETUP_ACCOUNT}:root`, `arn:aws:iam::${SETUP_ACCOUNT}:role/Other`))
  expect(works(s)).toEqual(['RTC708'])
  expect(messages(s).join('\n')).not.toContain('redshift-connector')
})

test('a trust policy naming only a user of another account still refuses the connector (RTC704)', () => {
  const s = setup(AS_ACCOUNT, trustOf('arn:aws:iam::999999999999:user/etl'))
  expect(works(s)).toContain('RTC704')
  expect(messages(s).join('\n')).not.toContain('redshift-connector')
})

test('with no user named, a trust open to anyone or to the role account is reported without a made-up user', () => {
  const open = setup(AS_ACCOUNT, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }) })
  expect(works(open)).toContain('RTC705')
  expect(messages(open).join('\n')).not.toContain('redshift-connector')
  const cross = setup({ ...AS_ACCOUNT, 'user-account-id': '210987654321' }, trustOf(`arn:aws:iam::${SETUP_ACCOUNT}:root`, 'arn:aws:iam::210987654321:root'))
  expect(works(cross)).toContain('RTC707')
  expect(messages(cross).join('\n')).not.toContain('redshift-connector')
})

// With the account root trusted, "any identity (IAM user or role) in that account" whose own policies allow it can
// assume the role ("This delegates authority to the account ... Using the account ARN in the Principal element does
// not limit permissions to only the root user of the account": IAM User Guide, Principal, AWS account principals).
// The requester the check names when no user is named may be a role (the Secure Agent's EC2 instance role): the
// findings said "an IAM user of account ..." and told to name "the connector's user".
test('with no user named, the findings name an IAM user or role of the account, never a user only', () => {
  const none = setup(AS_ACCOUNT, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }) })
  const rtc704 = messages(none).find((m) => m.startsWith('RTC704'))
  expect(rtc704).toContain(`the trust policy does not name an IAM user or role of account ${SETUP_ACCOUNT}`)
  const open = setup(AS_ACCOUNT, { 'trust-policy.json': doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }) })
  const rtc705 = messages(open).find((m) => m.startsWith('RTC705'))
  expect(rtc705).toContain(`Name the connector's user or role of account ${SETUP_ACCOUNT}`)
  expect(messages(none).concat(messages(open)).join('\n')).not.toMatch(/IAM user of account|connector's user of account/)
})
