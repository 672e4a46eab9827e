// What the vendor's three sample policies must give when linted, wherever the
// samples come from: the page itself (__corpus__/seed.test.ts) or the copies
// re-typed into __tests__/fixtures (__tests__/vendor-samples.test.ts).
import { lintPolicyText } from '../../src/core/lint/lint.js'

export interface VendorSamples {
  user: string
  trust: string
  kms: string
  /** The user sample's placeholder for the account, as that copy spells it. */
  accountPlaceholder: string
}

/** Registers the tests: the trust sample's extra '}', the user sample's placeholders, the KMS sample's Resource "*". */
export function vendorSampleTests(samples: () => VendorSamples): void {
  test("the vendor's trust-policy sample is reported at its extra '}'", () => {
    const { trust } = samples()
    const linted = lintPolicyText('iam/trust-policy.json', trust)
    const syntax = linted.findings.filter((f) => f.code === 'RTC001')
    expect(syntax).toHaveLength(1)
    expect(syntax[0]).toMatchObject({ line: 1, column: trust.lastIndexOf('}') + 1, severity: 'error' })
    expect(syntax[0].message).toMatch(/^Extra '\}'/)
    // The document before it is complete: its placeholder account is reported too.
    expect(linted.findings.find((f) => f.code === 'RTC304')?.message).toContain('AWS-account-ID')
  })

  test("the user-policy sample's placeholders are reported, each where it stands", () => {
    const { user, accountPlaceholder } = samples()
    const linted = lintPolicyText('iam/user-policy.json', user)
    const placeholders = linted.findings.filter((f) => f.code === 'RTC616')
    expect(placeholders.map((f) => f.column)).toEqual([user.indexOf(accountPlaceholder) + 1, user.indexOf('<ROLE-NAME>') + 1])
  })

  test('the KMS sample is valid but not least privilege: a warning, no error', () => {
    const linted = lintPolicyText('iam/kms-policy.json', samples().kms)
    expect(linted.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(linted.findings.map((f) => f.code)).toContain('RTC607')
  })
}
