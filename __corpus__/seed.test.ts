// The vendor page the product starts from (../shared/seed): its three sample
// policies, linted as a user would commit them. The trust-policy sample is not
// valid JSON (one '}' too many) and the others carry placeholders.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { corpusDir } from './support/corpus-dir.js'
import { vendorSampleTests } from '../__tests__/support/vendor-sample-checks.js'

// The seed folder stands beside the corpus folder (../shared/seed).
const page = readFileSync(path.join(corpusDir(), '..', 'seed', '000_ded27a9c185a6af5.txt'), 'utf8')
const samples = page.split('\n').filter((line) => line.trim().startsWith('{ "Version"'))
const [userSample, trustSample, kmsSample] = samples

test('the page has the three samples: user policy, trust policy, KMS policy', () => {
  expect(samples).toHaveLength(3)
  expect(userSample).toContain('sts:AssumeRole')
  expect(trustSample).toContain('Principal')
  expect(kmsSample).toContain('kms:ReEncrypt*')
})

vendorSampleTests(() => ({ user: userSample, trust: trustSample, kms: kmsSample, accountPlaceholder: '<ACCOUNT-HYPHENS>' }))
