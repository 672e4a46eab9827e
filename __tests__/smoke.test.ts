import { existsSync } from 'node:fs'
import { BUNDLE, runAction } from './support/run-action.js'

test('the bundle runs as a step and writes its outputs to GITHUB_OUTPUT', async () => {
  expect(existsSync(BUNDLE)).toBe(true)
  const step = await runAction({ inputs: { 'account-id': '123456789012', 'role-name': 'r', 'user-name': 'u', 'artifact-name': '' } })
  expect(step.exitCode).toBe(0)
  expect(step.outputs['role-arn']).toBe('arn:aws:iam::123456789012:role/r')
})
