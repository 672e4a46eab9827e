// Whether generate masks the external id (core.setSecret, `::add-mask::`).
// GitHub's runner masks every occurrence of a masked value, whatever its
// length, in the log of this step and of every later step of the job
// (actions/runner SecretMasker.AddValue has no minimum length), and drops a
// job output whose value holds one ("Skip output 'x' since it may contain
// secret"). AWS does not treat the external id as a secret (anyone who can
// read the role sees it in the trust policy). So the id is masked only when
// masking hides it and nothing else: not when it is short enough to be
// ordinary text, nor when another output holds it (the role ARN, when the id
// is the account number, as the STS reference suggests an id may be).
import { describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeWorkspace, runAction, type StepResult } from '../support/run-action.js'
import { stepInputs } from './action-inputs.js'
import { externalIdMasking, EXTERNAL_ID_MASK_MIN } from '../../src/core/generate/documents.js'

const BASE = { mode: 'generate', 'account-id': '123456789012', 'role-name': 'informatica-redshift-staging', 'user-name': 'informatica-etl', 'artifact-name': '' }
const generate = (extra: Record<string, string>) => runAction({ inputs: stepInputs({ ...BASE, ...extra }) })
const only = (step: StepResult, command: string) => step.commands.filter((c) => c.command === command)

describe('the external id in the log (the bundled action)', () => {
  test('a long id that no other output holds is masked, with no warning', async () => {
    const step = await generate({ 'external-id': 'b1946ac9-2f27-4c8e-9c1d-0b1a2f3e4d5c' })
    expect(step.exitCode).toBe(0)
    expect(only(step, 'add-mask').map((c) => c.message)).toEqual(['b1946ac9-2f27-4c8e-9c1d-0b1a2f3e4d5c'])
    expect(only(step, 'warning')).toEqual([])
  })

  test('a 2-character id is not masked (it would hide those two letters in every later line of the job): a warning says why', async () => {
    const step = await generate({ 'external-id': 'in' })
    expect(step.exitCode).toBe(0)
    expect(only(step, 'add-mask')).toEqual([])
    const warnings = only(step, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('external-id is 2 characters long')
    expect(warnings[0].message).toContain(`fewer than ${EXTERNAL_ID_MASK_MIN}`)
    // The trust policy still holds it, and the summary still shows it as ***.
    expect(JSON.parse(step.outputs['trust-policy']).Statement[0].Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'in' } })
    expect(step.summary).toContain('"sts:ExternalId": "***"')
  })

  test('an id that is the account number is not masked: the ARN outputs would be dropped from job outputs, and the summary shows them', async () => {
    const step = await generate({ 'external-id': '123456789012' })
    expect(step.exitCode).toBe(0)
    expect(only(step, 'add-mask')).toEqual([])
    const warnings = only(step, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain('also in the outputs user-policy, role-arn, principal-arn')
    expect(warnings[0].message).toContain('Skip output')
    expect(step.outputs['role-arn']).toBe('arn:aws:iam::123456789012:role/informatica-redshift-staging')
  })
})

describe('externalIdMasking', () => {
  const outputs = { 'role-arn': 'arn:aws:iam::123456789012:role/etl', 'output-dir': '/home/runner/work/r/r/redshift-temp-creds' }

  test('masks an id of at least the minimum length that no output holds', () => {
    expect(externalIdMasking('x'.repeat(EXTERNAL_ID_MASK_MIN), outputs)).toEqual({ mask: true })
  })

  test('names every output that holds the id, in their order, and never the id itself', () => {
    const result = externalIdMasking('redshift-temp', { ...outputs, files: '["/home/runner/work/r/r/redshift-temp-creds/user-policy.json"]' })
    expect(result.mask).toBe(false)
    expect(result.warning).toContain('also in the outputs output-dir, files')
    expect(result.warning).not.toContain('redshift-temp')
  })

  test('a short id is not masked, whether or not an output holds it', () => {
    for (const id of ['ab', 'etl', 'x'.repeat(EXTERNAL_ID_MASK_MIN - 1)]) {
      const result = externalIdMasking(id, outputs)
      expect(result.mask).toBe(false)
      expect(result.warning).toContain(`external-id is ${id.length} characters long`)
    }
  })
})

describe('the external id in the log of validate (the same input, for the together check)', () => {
  const validate = async (externalId: string) => {
    const workspace = makeWorkspace('rtc-extid-')
    writeFileSync(path.join(workspace, 'trust.json'), JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/informatica-etl' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } }] }))
    return runAction({ workspace, inputs: stepInputs({ ...BASE, mode: 'validate', 'policy-files': 'trust.json', 'external-id': externalId }) })
  }

  test('a short id is not masked, with the warning generate gives', async () => {
    const step = await validate('in')
    expect(only(step, 'add-mask')).toEqual([])
    expect(only(step, 'warning').filter((w) => w.properties.title === 'External id not masked')).toHaveLength(1)
  })

  test('a long one is masked', async () => {
    const step = await validate('b1946ac9-2f27-4c8e-9c1d-0b1a2f3e4d5c')
    expect(only(step, 'add-mask').map((c) => c.message)).toEqual(['b1946ac9-2f27-4c8e-9c1d-0b1a2f3e4d5c'])
    expect(only(step, 'warning').filter((w) => w.properties.title === 'External id not masked')).toEqual([])
  })
})
