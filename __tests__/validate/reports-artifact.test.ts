// validate uploads its reports (the findings file and the SARIF report) as
// the artifact `<artifact-name>-reports`, for real: @actions/artifact's client
// against the loopback results-service stand-in and Azurite, as the generate
// upload is tested (__tests__/generate/artifact.test.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startBlobStore, type BlobStore } from '../support/blob-store.js'
import { runtimeToken, startResultsService } from '../support/results-service.js'
import { makeWorkspace, runAction } from '../support/run-action.js'
import { readZip } from '../generate/zip-reader.js'

const RUN_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a'
const JOB_ID = 'ca395085-040a-526b-2ce8-bdc85f692774'
const TOKEN = runtimeToken(RUN_ID, JOB_ID)

let store: BlobStore

beforeAll(async () => {
  store = await startBlobStore()
})

afterAll(async () => {
  await store?.stop()
})

test('the findings file and the SARIF report are uploaded as <artifact-name>-reports, and the reports say so', async () => {
  const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '77' })
  const ws = makeWorkspace('rtc-validate-upload-')
  try {
    mkdirSync(path.join(ws, 'iam'))
    writeFileSync(path.join(ws, 'iam', 'p.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjekt","Resource":"*"}]}')
    const step = await runAction({
      workspace: ws,
      inputs: { mode: 'validate', 'policy-files': 'iam/*.json', 'sarif-file': 'out/iam.sarif', 'fail-on': 'never', 'role-path': '/', kms: 'false', partition: 'aws', 'artifact-name': 'iam' },
      env: { ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_RESULTS_URL: results.url, GITHUB_SERVER_URL: 'https://github.com' }
    })
    try {
      expect({ exit: step.exitCode, stderr: step.stderr, problems: results.problems }).toEqual({ exit: 0, stderr: '', problems: [] })
      expect(results.requests.map((r) => [r.method, r.body.name])).toEqual([
        ['CreateArtifact', 'iam-reports'],
        ['FinalizeArtifact', 'iam-reports']
      ])
      const entries = readZip(await store.readBlob(results.artifacts[0].container, results.artifacts[0].blob))
      const findingsFile = step.outputs['findings-file']
      const byName = (suffix: string) => entries.find((e) => e.name.endsWith(suffix))
      expect(entries).toHaveLength(2)
      expect(byName('/findings.json')?.content.equals(readFileSync(findingsFile))).toBe(true)
      expect(byName('/out/iam.sarif')?.content.equals(readFileSync(path.join(ws, 'out', 'iam.sarif')))).toBe(true)
      expect(JSON.parse(readFileSync(findingsFile, 'utf8'))).toEqual(JSON.parse(step.outputs.findings))
      expect(step.summary).toContain('the artifact `iam-reports`')
    } finally {
      rmSync(step.runnerTemp, { recursive: true, force: true })
    }
  } finally {
    await results.stop()
    rmSync(ws, { recursive: true, force: true })
  }
}, 120_000)

test("a second validate step of the run with the same artifact-name (a matrix leg): its warning names the input, the artifact and the rule; the step's result is fail-on's", async () => {
  const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN })
  const ws = makeWorkspace('rtc-validate-upload-twice-')
  try {
    mkdirSync(path.join(ws, 'iam'))
    writeFileSync(path.join(ws, 'iam', 'p.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}')
    const step = () =>
      runAction({
        workspace: ws,
        inputs: { mode: 'validate', 'policy-files': 'iam/*.json', 'artifact-name': 'iam' },
        env: { ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_RESULTS_URL: results.url, GITHUB_SERVER_URL: 'https://github.com' }
      })
    const first = await step()
    expect(first.exitCode).toBe(0)
    const second = await step()
    expect(second.exitCode).toBe(0)
    const warnings = second.commands.filter((c) => c.command === 'warning').map((c) => c.message)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The reports were not uploaded: Input 'artifact-name': "iam" gives the name 'iam-reports' to an artifact this workflow run already has \(GitHub answered 409 Conflict\): another job of a matrix, or another step, uploaded one under that name\. The files are in .+\. Expected a name no other upload of the workflow run uses: give each job of a matrix and each step its own/
      )
    ])
    for (const s of [first, second]) rmSync(s.runnerTemp, { recursive: true, force: true })
  } finally {
    await results.stop()
    rmSync(ws, { recursive: true, force: true })
  }
}, 120_000)

test('a re-run of the job (GITHUB_RUN_ATTEMPT 2) replaces the reports artifact of its first attempt: no warning', async () => {
  const results = await startResultsService({ store, runBackendId: RUN_ID, jobBackendId: JOB_ID, token: TOKEN, artifactId: '40' })
  const ws = makeWorkspace('rtc-validate-upload-rerun-')
  try {
    mkdirSync(path.join(ws, 'iam'))
    writeFileSync(path.join(ws, 'iam', 'p.json'), '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}')
    const step = (attempt: string) =>
      runAction({
        workspace: ws,
        inputs: { mode: 'validate', 'policy-files': 'iam/*.json', 'artifact-name': 'iam' },
        env: { ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_RESULTS_URL: results.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ATTEMPT: attempt }
      })
    const first = await step('1')
    const rerun = await step('2')
    expect(rerun.exitCode).toBe(0)
    expect(rerun.commands.filter((c) => c.command === 'warning')).toEqual([])
    expect(results.deleted.map((a) => a.name)).toEqual(['iam-reports'])
    expect(results.artifacts.map((a) => [a.name, a.id])).toEqual([['iam-reports', '41']])
    expect(results.problems).toEqual([])
    for (const s of [first, rerun]) rmSync(s.runnerTemp, { recursive: true, force: true })
  } finally {
    await results.stop()
    rmSync(ws, { recursive: true, force: true })
  }
}, 120_000)
