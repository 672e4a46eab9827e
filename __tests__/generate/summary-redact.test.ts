// The generate summary hides the external id where it is a value (the trust
// policy's sts:ExternalId, also inside Terraform's JSON strings), and only
// there: IAM allows an id of two characters, which also occurs in names.
import { describe, expect, test } from '@jest/globals'
import { documentsFor } from '../../src/core/generate/documents.js'
import { fileSetFor } from '../../src/core/generate/file-set.js'
import { parseGenerateInputs } from '../../src/core/generate/inputs.js'
import { sha256Hex } from '../../src/core/hash.js'
import { generateSummary } from '../../src/report/generate-summary.js'

function summaryFor(externalId: string): string {
  return generatedFor(externalId).summary
}

function generatedFor(externalId: string) {
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
  return { files, summary: generateSummary(parsed.value, docs, files, '/work/out', { name: 'x', skipped: 'local run' }) }
}

/** The manifest.json the summary shows. */
function shownManifest(summary: string): { files: { name: string; sha256: unknown; bytes: unknown }[] } {
  const block = /<summary>manifest\.json [^<]*<\/summary>\n\n```json\n([\s\S]*?)```/.exec(summary)
  if (!block) throw new Error('no manifest.json in the summary')
  return JSON.parse(block[1])
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

  // The summary shows the rest of trust-policy.json: its hash would let a reader test guesses of the id offline
  // (an id of digits or words falls in seconds), and its size would give the id's length.
  test("manifest.json as shown hides the hash and size of each file that holds the id, and only theirs", () => {
    const id = '20261203'
    const { files, summary } = generatedFor(id)
    const holders = files.filter((f) => f.content.includes(`"${id}"`) || f.content.includes(`\\"${id}\\"`)).map((f) => f.name)
    expect(holders).toEqual(['trust-policy.json', 'cloudformation-template.json', 'redshift-temp-creds.tf.json'])
    const manifest = shownManifest(summary)
    for (const entry of manifest.files) {
      const file = files.find((f) => f.name === entry.name)
      if (!file) throw new Error(entry.name)
      if (holders.includes(entry.name)) expect([entry.sha256, entry.bytes]).toEqual(['***', '***'])
      else expect([entry.sha256, entry.bytes]).toEqual([sha256Hex(file.content), Buffer.byteLength(file.content)])
    }
    expect(summary).not.toContain(sha256Hex(files.find((f) => f.name === 'trust-policy.json')?.content ?? ''))
  })

  test('without an external id the manifest shows every hash', () => {
    const given = { 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', kms: 'false', partition: 'aws' } as Record<string, string>
    const parsed = parseGenerateInputs((name) => given[name] ?? '')
    if (!parsed.ok) throw new Error(parsed.error.problem)
    const docs = documentsFor(parsed.value)
    const files = fileSetFor(parsed.value, docs)
    const summary = generateSummary(parsed.value, docs, files, '/work/out', { name: 'x', skipped: 'local run' })
    expect(shownManifest(summary).files.map((f) => f.sha256)).toEqual(files.slice(0, -1).map((f) => sha256Hex(f.content)))
  })
})
