// One changed file's review (src/modes/review-analysis.ts): what the head and
// base versions are decides whether the file is an invalid document.
import { analyseFile } from '../../src/modes/review-analysis.js'

const manifest = (version: string) => JSON.stringify({ generator: { name: 'redshift-temp-creds-action', version }, inputs: {}, files: [] }, null, 2)

test("generate's manifest changed in a pull request: no access change, not an invalid document", () => {
  const review = analyseFile({ path: 'iam/manifest.json', status: 'modified', baseText: manifest('1.0.0'), headText: manifest('1.1.0') })
  expect(review.invalid).toBeUndefined()
  expect(review.note).toBeUndefined()
  expect(review.accessChange).toBe('none')
  expect(review.findings.map((f) => f.code)).toEqual(['RTC005'])
})

test('any other JSON that is not a policy is an invalid document, as before', () => {
  const review = analyseFile({ path: 'iam/package.json', status: 'added', headText: JSON.stringify({ name: 'x', version: '1.0.0' }) })
  expect(review.invalid).toBe('it is JSON but not a policy document (no Statement)')
  expect(review.findings.map((f) => f.code)).toEqual(['RTC004'])
})
