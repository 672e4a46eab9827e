// The generate summary hides the external id where it is a value (the trust
// policy's sts:ExternalId, also inside Terraform's JSON strings), and only
// there: IAM allows an id of two characters, which also occurs in names.
import { describe, expect, test } from '@jest/globals'
import { documentsFor } from '../../src/core/generate/documents.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { generateSummary } from '../../src/report/generate-summary.js'

function summaryFor(externalId: string): string {
  const given: Record<string, string> = {
    'account-id': '123456789012',
    'role-name': 'RedshiftTempCreds',
    'role-path': '/',
    'user-name': 'etl-user',
    kms: 'false',
    'external-id': externalId,
    formats: 'cli,cloudformation,terraform',
    partition: 'aws'
  }
  const parsed = parseGenerateInputs((name) => given[name] ?? '')
  if (!parsed.ok) throw new Error(parsed.error.problem)
  const docs = documentsFor(parsed.value)
  const files = fileSetFor(parsed.value, docs, parsed.value.formats)
  return generateSummary(parsed.value, docs, files, '/work/out', { name: 'x', skipped: 'local run' })
}

describe('the external id in the generate summary', () => {
  test('a short id that also occurs in names: the names stay readable, every value of the id is ***', () => {
    const summary = summaryFor('Temp')
    expect(summary).toContain('arn:aws:iam::123456789012:role/RedshiftTempCreds')
    expect(summary).toContain('"sts:ExternalId": "***"')
    // Terraform carries the trust policy as a JSON string.
    expect(summary).toContain('\\"sts:ExternalId\\":\\"***\\"')
    expect(summary).not.toMatch(/"sts:ExternalId\\?": ?\\?"Temp/)
    expect(summary).not.toContain('Redshift***Creds')
  })

  test('a long id is nowhere in the summary', () => {
    const summary = summaryFor('ext-secret-4711')
    expect(summary).not.toContain('ext-secret-4711')
    expect(summary).toContain('"sts:ExternalId": "***"')
  })
})
