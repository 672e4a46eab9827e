// kms: true without kms-key-arn: no input names the staging key. The check stood a made-up key in for it, so a KMS
// policy naming the real key (as the kms-key-arn description recommends) was "will get AccessDenied ... for the
// staging key" (RTC710), a guess. A key the role's KMS grant names is now read as the staging key, in the
// connector's favour, as a user or session the trust policy names is.
import { generatedSetup as setup, policyDoc as doc, SETUP_KEY as KEY, togetherCodes as works } from '../support/together-setup.js'

const ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*']
const NO_KEY = { 'kms-key-arn': '' }

test('a KMS policy naming one key: that key is the staging key, no RTC710', () => {
  expect(works(setup(NO_KEY, { 'kms-policy.json': doc({ Effect: 'Allow', Action: ACTIONS, Resource: KEY }) }))).toEqual([])
})

test('a key in another account named: its key policy is not among the files (RTC722), not AccessDenied', () => {
  const other = KEY.replace('123456789012', '555555555555')
  expect(works(setup(NO_KEY, { 'kms-policy.json': doc({ Effect: 'Allow', Action: ACTIONS, Resource: other }) }))).toEqual(['RTC722'])
})

test('a KMS policy that lacks an action on the key it names is still RTC710', () => {
  expect(works(setup(NO_KEY, { 'kms-policy.json': doc({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: KEY }) }))).toEqual(['RTC710'])
})

test('the generated policy (Resource "*") still works without kms-key-arn', () => {
  expect(works(setup(NO_KEY))).toEqual([])
})
