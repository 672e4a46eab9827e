// A KMS condition on a property of the key itself (its key spec, usage, origin, multi-Region status, its aliases
// when kms-key-arn names the key by id) or on the alias the request names: AWS's "AWS KMS condition keys" page,
// "Conditions for KMS keys used in API operations". No input says what the key is like, nor how the Secure Agent
// names it, so such a condition is read in the connector's favour, as the check reads every key it cannot know:
// it said "will get AccessDenied" (RTC710) on a guess.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT, SETUP_KEY as KEY, togetherCodes as works } from '../support/together-setup.js'

const ACTIONS = ['kms:GenerateDataKey', 'kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*']
const kmsOn = (Resource: string, Condition: object) => ({ 'kms-policy.json': doc({ Effect: 'Allow', Action: ACTIONS, Resource, Condition }) })

describe("a condition on what the key is, which no input gives, is read in the connector's favour", () => {
  test.each([
    ['kms:KeySpec', { StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } }],
    ['kms:KeyUsage', { StringEquals: { 'kms:KeyUsage': 'ENCRYPT_DECRYPT' } }],
    ['kms:KeyOrigin', { StringEquals: { 'kms:KeyOrigin': 'AWS_KMS' } }],
    ['kms:MultiRegion', { Bool: { 'kms:MultiRegion': 'false' } }],
    ['kms:RequestAlias', { StringEquals: { 'kms:RequestAlias': 'alias/staging' } }],
    ['kms:ResourceAliases (the key named by id)', { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/staging' } }]
  ])('%s on the key', (_, condition) => {
    expect(works(setup({}, kmsOn(KEY, condition)))).toEqual([])
  })

  test('a Deny on a key property is named in a notice (RTC723), not an error', () => {
    const deny = doc({ Effect: 'Deny', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:KeyOrigin': 'AWS_KMS' } } })
    expect(works(setup({}, {}, [['origin-guard.json', deny]]))).toEqual(['RTC723'])
  })

  test('Resource "*" held to an alias still reaches other keys only through that alias: no RTC712', () => {
    const f = checkTogether(setup({}, kmsOn('*', { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/staging' } })).files, setup({}).inputs)
    expect(f.map((x) => x.code)).not.toContain('RTC712')
  })

  test('with kms-key-arn an alias, a condition naming another alias still refuses', () => {
    const alias = `arn:aws:kms:eu-west-1:${SETUP_ACCOUNT}:alias/staging`
    expect(works(setup({ 'kms-key-arn': alias }, kmsOn('*', { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/other' } })))).toEqual(['RTC710'])
    expect(works(setup({ 'kms-key-arn': alias }, kmsOn('*', { 'ForAnyValue:StringEquals': { 'kms:ResourceAliases': 'alias/staging' } })))).toEqual([])
  })

  test('a key-property condition does not hide a grant on other keys (RTC712 still reported)', () => {
    const s = setup({}, kmsOn('*', { StringEquals: { 'kms:KeySpec': 'SYMMETRIC_DEFAULT' } }))
    expect(works(s)).toContain('RTC712')
  })
})
