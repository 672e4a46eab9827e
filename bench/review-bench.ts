// In-process part of the review benchmark, bundled with scripts/bundle.mjs at bench time
// (bench/review.mjs). Runs the bundled action (ACTION_BUNDLE) on `pull_request`
// events against the loopback GitHub stand-in, with the same setup as the
// end-to-end tests, and counts the API requests it sends:
//   250 changed files, 20 of them IAM files, both commits in the checkout;
//   the same PR without the commits (versions read through the API);
//   500 and 1000 changed files (IAM files in the same proportion), local.
// Prints one JSON line: per case, requests per endpoint and the total, the
// time of the action's run, and the git processes the action started (a
// `git` on its PATH that logs each run, then runs the real one).
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { GitHubStandIn } from '../__tests__/support/github-stand-in.js'
import { allow, policy, pullRequestFixture, type Tree } from '../__tests__/support/pull-request-fixture.js'

interface Case {
  name: string
  files: number
  iamFiles: number
  local: boolean
}

const CASES: Case[] = [
  { name: 'local', files: 250, iamFiles: 20, local: true },
  { name: 'api', files: 250, iamFiles: 20, local: false },
  { name: 'local-500', files: 500, iamFiles: 40, local: true },
  { name: 'local-1000', files: 1000, iamFiles: 80, local: true }
]

/** A PR changing `files` files: `iamFiles` policies under iam/ that gain an action, the rest source files. */
function changedTrees(files: number, iamFiles: number): { base: Tree; head: Tree } {
  const base: Tree = {}
  const head: Tree = {}
  for (let i = 0; i < iamFiles; i++) {
    const name = `iam/p${String(i).padStart(4, '0')}.json`
    base[name] = policy([allow('s3:GetObject')])
    head[name] = policy([allow(['s3:GetObject', 's3:PutObject'])])
  }
  for (let i = 0; i < files - iamFiles; i++) head[`src/module${i}.ts`] = `export const n = ${i}\n`
  return { base, head }
}

export interface CaseResult extends Case {
  exitCode: number | null
  /** Files the action reviewed (its `changed-files` output). */
  reviewed: number
  accessChange: string | undefined
  /** The `per_page` the action asked the files endpoint for. */
  perPage: number | null
  total: number
  /** Requests per operation, e.g. "GET /repos/{owner}/{repo}/pulls/{pull_number}/files". */
  requests: Record<string, number>
  /** Requests or responses that do not match GitHub's OpenAPI description. */
  violations: number
  ms: number
  /** git processes the action started, by subcommand and its first option (e.g. "cat-file --batch", "merge-base"). */
  gitRuns: Record<string, number>
}

/** A folder with a `git` that appends its arguments to a log, then runs the real git. */
function countingGit(): { dir: string; log: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'rtc-bench-git-'))
  const log = path.join(dir, 'runs.log')
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  writeFileSync(log, '')
  // The subcommand, and its first argument when that is an option ("cat-file --batch", not "merge-base <sha>").
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\ncase "$2" in -*) printf '%s %s\\n' "$1" "$2" ;; *) printf '%s\\n' "$1" ;; esac >> '${log}'\nexec '${real}' "$@"\n`)
  chmodSync(path.join(dir, 'git'), 0o755)
  return { dir, log }
}

async function runCase(c: Case): Promise<CaseResult> {
  const gh = await new GitHubStandIn().start()
  const fixture = pullRequestFixture(() => gh)
  try {
    const prepared = fixture.preparePullRequest({ local: c.local, ...changedTrees(c.files, c.iamFiles) })
    const git = countingGit()
    const gitRuns: Record<string, number> = {}
    let result
    let ms
    try {
      const start = process.hrtime.bigint()
      result = await fixture.review(prepared, { env: { PATH: `${git.dir}${path.delimiter}${process.env.PATH ?? ''}` } })
      ms = Number(process.hrtime.bigint() - start) / 1e6
      for (const line of readFileSync(git.log, 'utf8').split('\n').filter(Boolean)) gitRuns[line.trim()] = (gitRuns[line.trim()] ?? 0) + 1
    } finally {
      rmSync(git.dir, { recursive: true, force: true })
    }
    const filesRequest = gh.requests.find((r) => r.operation === 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files')
    const perPage = filesRequest ? new URL(filesRequest.url, gh.url).searchParams.get('per_page') : null
    const changed = result.outputs['changed-files']
    return {
      ...c,
      exitCode: result.exitCode,
      reviewed: changed ? (JSON.parse(changed) as unknown[]).length : 0,
      accessChange: result.outputs['access-change'],
      perPage: perPage === null ? null : Number(perPage),
      total: gh.requests.length,
      requests: gh.requestCounts(),
      violations: gh.violations.length,
      ms,
      gitRuns
    }
  } finally {
    await gh.stop()
    fixture.removeTemporaryDirectories()
  }
}

const results: CaseResult[] = []
for (const c of CASES) results.push(await runCase(c))
console.log(JSON.stringify({ cases: results }))
