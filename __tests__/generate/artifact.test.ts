// The artifact upload, for real: the bundled action runs as a step with the
// runner's artifact variables pointing at a loopback results-service
// stand-in, which hands out SAS URLs into Azurite. @actions/artifact's own
// blob client uploads; the test reads the blob back and unzips it.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startBlobStore, type BlobStore } from '../support/blob-store.js'
import { ARTIFACT_VERSION, runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js'
import { runAction, type StepResult } from '../support/run-action.js'
import { tempDir } from '../support/temp-dirs.js'
import { readZip } from './zip-reader.js'

const RUN_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a'
const JOB_ID = 'ca395085-040a-526b-2ce8-bdc85f692774'
const TOKEN = runtimeToken(RUN_ID, JOB_ID)

const INPUTS = {
  'account-id': '1234-5678-9012',
  'role-name': 'informatica-redshift-staging',
  'role-path': '/data-integration/',
  'user-name': 'informatica-etl',
  kms: 'true',
  'kms-key-arn': 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'external-id': 'example-external-id-0001',
  'artifact-name': 'redshift-policies-upload-test'
}

let store: BlobStore

beforeAll(async () => {
  store = await startBlobStore()
})

afterAll(async () => {
  await store?.stop()
})

function artifactEnv(results: ResultsService): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: TOKEN,
    ACTIONS_RESULTS_URL: results.url,
    // Not GHES: the library uploads only for github.com, *.ghe.com and *.localhost.
    GITHUB_SERVER_URL: 'https://github.com'
  }
}

const readdirOf = (dir: string) => readdirSync(dir).filter((n) => !n.startsWith('.')).sort()

const describeStep = (step: StepResult, results?: ResultsService) =>
  `exit ${step.exitCode}\nstdout:\n${step.stdout}\nstderr:\n${step.stderr}\nproblems: ${JSON.stringify(results?.problems)}\nazurite:\n${store.log()}`

describe('artifact upload through @actions/artifact into Azurite', () => {
  test('the files are uploaded as one zip whose entries are byte-identical to output-dir', async () => {
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '987654321' })
    try {
      const step = await runAction({ inputs: INPUTS, env: artifactEnv(results) })
      expect({ exitCode: step.exitCode, why: describeStep(step, results) }).toEqual({ exitCode: 0, why: expect.any(String) })
      expect(results.problems).toEqual([])

      // The two Twirp calls, in order, with the fields the library sends.
      expect(results.requests.map((r) => r.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
      const [create, finalize] = results.requests
      expect(create.body).toEqual({
        workflow_run_backend_id: RUN_ID,
        workflow_job_run_backend_id: JOB_ID,
        name: INPUTS['artifact-name'],
        version: ARTIFACT_VERSION,
        mime_type: 'application/zip'
      })
      expect(finalize.body).toEqual({
        workflow_run_backend_id: RUN_ID,
        workflow_job_run_backend_id: JOB_ID,
        name: INPUTS['artifact-name'],
        size: expect.stringMatching(/^[1-9]\d*$/),
        hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/)
      })

      // The artifact id the service gave is the step's output and is in the summary.
      expect(step.outputs['artifact-id']).toBe('987654321')
      expect(step.summary).toContain('id 987654321')
      expect(step.commands.filter((c) => c.command === 'error')).toEqual([])
      expect(step.commands.some((c) => c.command === 'notice' && /Artifact not uploaded/.test(c.message))).toBe(false)
      // The SAS signature in the upload URL is masked (::add-mask::) and never printed otherwise.
      const sig = new URL(results.artifacts[0].uploadUrl).searchParams.get('sig') ?? ''
      expect(sig).not.toBe('')
      expect(step.commands.some((c) => c.command === 'add-mask' && c.message === sig)).toBe(true)
      const unmasked = step.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::') && l.includes(sig))
      expect(unmasked).toEqual([])

      // Read the blob back from Azurite and open the zip.
      const [record] = results.artifacts
      expect(record.blob).toBe(`${RUN_ID}/${JOB_ID}/${INPUTS['artifact-name']}.zip`)
      const zip = await store.readBlob(record.container, record.blob)
      expect(String(zip.length)).toBe(finalize.body.size)
      const entries = readZip(zip)
      const outputDir = step.outputs['output-dir']
      const written = JSON.parse(step.outputs.files) as string[]
      expect(entries.map((e) => e.name).sort()).toEqual(written.map((f) => path.relative(outputDir, f)).sort())
      expect(entries.map((e) => e.name).sort()).toEqual(['kms-policy.json', 'manifest.json', 'trust-policy.json', 'user-policy.json'])
      for (const entry of entries) {
        expect({ name: entry.name, content: entry.content.toString('utf8') }).toEqual({
          name: entry.name,
          content: readFileSync(path.join(outputDir, entry.name), 'utf8')
        })
        expect(entry.content.equals(readFileSync(path.join(outputDir, entry.name)))).toBe(true)
      }
    } finally {
      await results.stop()
    }
  })

  test('an event file that is not JSON does not stop the upload (@actions/github reads it when the client loads)', async () => {
    const eventFile = path.join(tempDir('rtc-event-'), 'event.json')
    writeFileSync(eventFile, 'not json {')
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '77' })
    try {
      const step = await runAction({ inputs: INPUTS, env: { ...artifactEnv(results), GITHUB_EVENT_PATH: eventFile } })
      expect({ exitCode: step.exitCode, why: describeStep(step, results) }).toEqual({ exitCode: 0, why: expect.any(String) })
      expect(step.outputs['artifact-id']).toBe('77')
      expect(results.requests.map((r) => r.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    } finally {
      await results.stop()
    }
  })

  test('an independent unzip lists the same entries (cross-check of the zip reader)', async () => {
    let hasUnzip = true
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    } catch {
      hasUnzip = false
    }
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '5' })
    try {
      const step = await runAction({ inputs: { ...INPUTS, kms: 'false', 'kms-key-arn': '' }, env: artifactEnv(results) })
      expect(step.exitCode).toBe(0)
      expect(results.problems).toEqual([])
      expect(step.outputs['artifact-id']).toBe('5')
      const zip = await store.readBlob(results.artifacts[0].container, results.artifacts[0].blob)
      const ours = readZip(zip).map((e) => e.name).sort()
      expect(ours).toEqual(['manifest.json', 'trust-policy.json', 'user-policy.json'])
      if (!hasUnzip) return
      const zipPath = path.join(step.runnerTemp, 'artifact.zip')
      const { writeFileSync } = await import('node:fs')
      writeFileSync(zipPath, zip)
      const listed = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n').sort()
      expect(listed).toEqual(ours)
      for (const name of ours) {
        const viaUnzip = execFileSync('unzip', ['-p', zipPath, name])
        expect(viaUnzip.equals(readFileSync(path.join(step.outputs['output-dir'], name)))).toBe(true)
      }
    } finally {
      await results.stop()
    }
  })

  test('an error from the results service fails the step with one clear ::error:: and no stack trace', async () => {
    const results = await startResultsService({
      store,
      runBackendId: RUN_ID,
      jobBackendId: JOB_ID,
      token: TOKEN,
      failWith: { method: 'CreateArtifact', status: 403, code: 'permission_denied', msg: 'artifact storage quota has been hit for this repository' }
    })
    try {
      const step = await runAction({ inputs: INPUTS, env: artifactEnv(results) })
      expect(step.exitCode).toBe(1)
      expect(results.requests.map((r) => r.method)).toEqual(['CreateArtifact'])
      const errors = step.commands.filter((c) => c.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].message.startsWith(`Artifact '${INPUTS['artifact-name']}' was not uploaded: `)).toBe(true)
      expect(errors[0].message).toMatch(/CreateArtifact/)
      expect(errors[0].message).toMatch(/403/)
      expect(errors[0].message).toContain('artifact storage quota has been hit for this repository')
      expect(step.commands.filter((c) => c.command === 'warning')).toEqual([])
      expect(errors[0].message).not.toMatch(/[\r\n]/)
      expect(step.stdout + step.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)
      // The step failed: no outputs claim success.
      expect(step.outputs['artifact-id']).toBeUndefined()
    } finally {
      await results.stop()
    }
  })

  test('an artifact-name another job of the run has uploaded already (a matrix leg): the error names the input, the rule and where the files are', async () => {
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN })
    try {
      const first = await runAction({ inputs: INPUTS, env: artifactEnv(results) })
      expect(first.exitCode).toBe(0)
      const second = await runAction({ inputs: { ...INPUTS, 'role-name': 'informatica-redshift-prod' }, env: artifactEnv(results) })
      expect(second.exitCode).toBe(1)
      const errors = second.commands.filter((c) => c.command === 'error').map((c) => c.message)
      expect(errors).toEqual([
        `Input 'artifact-name': "${INPUTS['artifact-name']}" names an artifact this workflow run already has (GitHub answered 409 Conflict): another job of a matrix, or another step, uploaded one under that name. ` +
          `The files are in ${path.join(second.workspace, 'redshift-temp-creds')}. ` +
          'Expected a name no other upload of the workflow run uses: give each job of a matrix and each step its own (for example with ${{ matrix.… }} in it), or empty for no upload.'
      ])
      expect(second.outputs['artifact-id']).toBeUndefined()
    } finally {
      await results.stop()
    }
  })

  test("a re-run of the job (GITHUB_RUN_ATTEMPT 2) replaces the artifact its first attempt uploaded, as upload-artifact's overwrite does: the step succeeds with the new id", async () => {
    // "Re-run jobs" is the same workflow run, and an artifact name is unique in it: the re-run's upload was refused
    // (409) and the step failed, on every re-run of a job whose first attempt had uploaded (a later step failed).
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '500' })
    try {
      const first = await runAction({ inputs: INPUTS, env: { ...artifactEnv(results), GITHUB_RUN_ATTEMPT: '1' } })
      expect(first.exitCode).toBe(0)
      const rerun = await runAction({ inputs: INPUTS, env: { ...artifactEnv(results), GITHUB_RUN_ATTEMPT: '2' } })
      expect({ exitCode: rerun.exitCode, why: describeStep(rerun, results) }).toEqual({ exitCode: 0, why: expect.any(String) })
      expect(results.problems).toEqual([])
      expect(rerun.commands.filter((c) => c.command === 'error' || c.command === 'warning')).toEqual([])
      expect(results.deleted.map((a) => a.id)).toEqual(['500'])
      expect(results.artifacts.map((a) => [a.name, a.id])).toEqual([[INPUTS['artifact-name'], '501']])
      expect(rerun.outputs['artifact-id']).toBe('501')
      expect(rerun.stdout).toContain(`Artifact '${INPUTS['artifact-name']}' (id 500) was already in this workflow run, from an earlier attempt (this is attempt 2) or another job: replaced with this attempt's files (id 501).`)
      const zip = readZip(await store.readBlob(results.artifacts[0].container, results.artifacts[0].blob))
      expect(zip.map((e) => e.name).sort()).toEqual(readdirOf(rerun.outputs['output-dir']))
    } finally {
      await results.stop()
    }
  })

  test('a re-run whose earlier artifact cannot be replaced: the error names the input, the conflict and why it was not replaced', async () => {
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, failWith: { method: 'DeleteArtifact', status: 403, code: 'permission_denied', msg: 'deleting is not allowed here' } })
    try {
      expect((await runAction({ inputs: INPUTS, env: artifactEnv(results) })).exitCode).toBe(0)
      const rerun = await runAction({ inputs: INPUTS, env: { ...artifactEnv(results), GITHUB_RUN_ATTEMPT: '2' } })
      expect(rerun.exitCode).toBe(1)
      const errors = rerun.commands.filter((c) => c.command === 'error').map((c) => c.message)
      expect(errors).toEqual([
        expect.stringMatching(
          /^Input 'artifact-name': "redshift-policies-upload-test" names an artifact this workflow run already has \(GitHub answered 409 Conflict\): another job of a matrix, or another step, uploaded one under that name, or an earlier attempt of this job, which could not be replaced \(Failed to DeleteArtifact: .*\(403\) Forbidden: deleting is not allowed here\)\. The files are in .+\. Expected a name no other upload/
        )
      ])
      expect(results.artifacts).toHaveLength(1)
    } finally {
      await results.stop()
    }
  })

  test('an upload URL the blob store refuses fails the step with one ::error::', async () => {
    // A SAS for the wrong blob: Azurite answers 403 to the library's blob client.
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN })
    const original = store.sasUrl
    store.sasUrl = (container, blob) => original(container, blob, 'r')
    try {
      const step = await runAction({ inputs: INPUTS, env: artifactEnv(results) })
      expect(step.exitCode).toBe(1)
      const errors = step.commands.filter((c) => c.command === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].message.startsWith(`Artifact '${INPUTS['artifact-name']}' was not uploaded: `)).toBe(true)
      expect(errors[0].message).toContain('not authorized')
      expect(errors[0].message).not.toMatch(/[\r\n]/)
      expect(results.requests.map((r) => r.method)).toEqual(['CreateArtifact'])
    } finally {
      store.sasUrl = original
      await results.stop()
    }
  })

  test('on GitHub Enterprise Server (no artifacts v4) the step warns and goes on without calling the service', async () => {
    const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN })
    try {
      const step = await runAction({ inputs: INPUTS, env: { ...artifactEnv(results), GITHUB_SERVER_URL: 'https://ghes.example.com' } })
      expect(step.exitCode).toBe(0)
      expect(results.requests).toEqual([])
      const warnings = step.commands.filter((c) => c.command === 'warning')
      expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('not supported on GitHub Enterprise Server')])
      expect(step.outputs['artifact-id']).toBe('')
      expect(JSON.parse(step.outputs.files)).toHaveLength(4)
    } finally {
      await results.stop()
    }
  })
})
