// @actions/artifact writes annotations of its own through @actions/core (a zip warning, "No data was uploaded to
// blob storage"): they take the step's room of ten a level (GitHub drops the rest) as the step's own do, so the
// findings annotated after the upload must leave room for them.
import { jest } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Finding } from '../../src/core/lint/finding.js'
import { capturingStdout } from '../support/capture-stdout.js'

jest.unstable_mockModule('@actions/artifact', () => ({
  DefaultArtifactClient: class {
    async uploadArtifact() {
      // What @actions/artifact 6.2.1 says when its upload counted no bytes (blob-upload.js).
      core.warning('No data was uploaded to blob storage. Reported upload byte count is 0.')
      return { id: 7, size: 0 }
    }
  },
  GHESNotSupportedError: class extends Error {}
}))
const { uploadArtifact } = await import('../../src/report/artifact.js')
const { emitAnnotations } = await import('../../src/report/annotations.js')
const { annotationsLeft } = await import('../../src/report/step-annotations.js')

const ENV = { ACTIONS_RUNTIME_TOKEN: 'x', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', GITHUB_SERVER_URL: 'https://github.com' }
const saved: Record<string, string | undefined> = {}
let dir: string
beforeEach(() => {
  const made = (globalThis as Record<symbol, Record<string, number> | undefined>)[Symbol.for('redshift-temp-creds-action.annotations-made')]
  if (made) for (const level of Object.keys(made)) made[level] = 0
  for (const [k, v] of Object.entries(ENV)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
  dir = mkdtempSync(path.join(tmpdir(), 'rtc-artifact-annotations-'))
  writeFileSync(path.join(dir, 'findings.json'), '[]')
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(dir, { recursive: true, force: true })
})

const warningFinding = (i: number): Finding => ({ file: `iam/p${i}.json`, line: 1, column: 1, code: 'RTC615', severity: 'warning', message: `finding ${i}`, hint: '' })

test("the artifact library's own warning counts with the step's: the findings after it take the nine left, and the step writes ten in all", async () => {
  const { printed } = await capturingStdout(async () => {
    const uploaded = await uploadArtifact('reports', [path.join(dir, 'findings.json')], dir)
    expect(uploaded).toEqual({ name: 'reports', id: 7 })
    expect(annotationsLeft('warning')).toBe(9)
    emitAnnotations(Array.from({ length: 12 }, (_, i) => warningFinding(i)))
  })
  const warnings = printed.filter((line) => line.startsWith('::warning'))
  expect(warnings).toHaveLength(10)
  expect(warnings[0]).toBe('::warning::No data was uploaded to blob storage. Reported upload byte count is 0.')
  expect(printed.at(-1)).toMatch(/^3 more findings are not annotated \(3 warnings\)/)
})

test("the step's own annotations made meanwhile are counted once", async () => {
  const { annotate, countingAnnotationsOf } = await import('../../src/report/step-annotations.js')
  await capturingStdout(() => countingAnnotationsOf(async () => annotate('notice', 'ours')))
  expect(annotationsLeft('notice')).toBe(9)
})
