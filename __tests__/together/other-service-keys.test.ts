// A service's own condition key (kms:ViaService, s3:TlsVersion, sts:RoleSessionName...) is in that service's requests
// only (the Service Authorization Reference lists each under its service's actions). The check read it as unknowable
// in every request, so a guard `Deny s3:* and kms:* when StringNotEquals kms:ViaService ...` was only a notice
// (RTC723) for the connector's S3 calls, which carry no kms:ViaService: the negated condition is true on a missing
// key (IAM's condition operators) and the Deny refuses them all. Such a key is now absent from other services' calls.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, togetherCodes as works } from '../support/together-setup.js'

test("a Deny on kms:ViaService for S3 and KMS refuses the connector's S3 calls (RTC714); for KMS it stays a notice", () => {
  const guard = doc({ Effect: 'Deny', Action: ['s3:*', 'kms:*'], Resource: '*', Condition: { StringNotEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } })
  const s = setup({}, {}, [['guard.json', guard]])
  expect(works(s)).toEqual(['RTC714', 'RTC723'])
  const notice = checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC723')
  expect(notice?.message).toContain('kms:GenerateDataKey')
  expect(notice?.message).not.toContain('s3:')
})

test('a Deny on s3:TlsVersion names only the S3 calls in its notice, not the KMS ones, which never carry it', () => {
  const guard = doc({ Effect: 'Deny', Action: ['s3:*', 'kms:*'], Resource: '*', Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } })
  const s = setup({}, {}, [['tls.json', guard]])
  expect(works(s)).toEqual(['RTC723'])
  const notice = checkTogether(s.files, s.inputs).find((f) => f.code === 'RTC723')
  expect(notice?.message).toContain('s3:PutObject')
  expect(notice?.message).not.toContain('kms:GenerateDataKey')
})

test('an Allow held to sts:RoleSessionName on S3 grants the role nothing there (RTC714)', () => {
  const s3 = doc(
    { Effect: 'Allow', Action: ['s3:ListBucket', 's3:ListBucketMultipartUploads'], Resource: 'arn:aws:s3:::etl-staging', Condition: { StringLike: { 'sts:RoleSessionName': '*' } } },
    { Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject', 's3:AbortMultipartUpload', 's3:ListMultipartUploadParts'], Resource: 'arn:aws:s3:::etl-staging/data/*' }
  )
  expect(works(setup({}, { 's3-staging-policy.json': s3 }))).toEqual(['RTC714'])
})
