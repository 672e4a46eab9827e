// The vendor's three sample policies, as a user would paste them from its page
// (re-typed in __tests__/fixtures/policies/vendor-*.json): the trust-policy
// sample is not valid JSON (one '}' too many), the user-policy sample carries
// placeholders and the KMS sample applies to every key. The page itself is
// checked by __corpus__/seed.test.ts.
import { fixtureText } from './support/fixtures.js'
import { vendorSampleTests } from './support/vendor-sample-checks.js'

const userSample = fixtureText('vendor-user-policy.json')
const trustSample = fixtureText('vendor-trust-policy.json')
const kmsSample = fixtureText('vendor-kms-policy.json')

vendorSampleTests(() => ({ user: userSample, trust: trustSample, kms: kmsSample, accountPlaceholder: '<ACCOUNT-NUMBER>' }))
