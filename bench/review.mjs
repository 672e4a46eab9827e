// Review benchmark: API requests the bundled action sends for a pull request
// with 250 changed files, 20 of them IAM files, with both commits in the
// checkout and without them; and for 500 and 1000 changed files, to show
// whether requests grow with pages of files or with files.
//
// Builds bench/review-bench.ts with scripts/bundle.mjs (as core.mjs builds
// core-bench.ts) and runs it. The stand-in reads @octokit/openapi's description
// and the webhook examples at run time through createRequire(import.meta.url),
// which esbuild leaves as it is; the build directory gets a `node_modules` link to the
// project's, so those resolve from the bundle as they do from the tests
// (and the 10 MB description stays out of the bundle).
//
// The action run is dist/index.js, or ACTION_BUNDLE when set (relative to the
// project root), e.g. a fresh `node scripts/bundle.mjs src/index.ts /tmp/x` before dist is rebuilt.
import { execFileSync } from 'node:child_process'
import { rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildBenchEntry } from './core.mjs'
import { benchTempRoot, fmt, ROOT } from './util.mjs'

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}'
/** What each request is, in the words of the report; others are shown by operation. */
const LABELS = {
  [FILES]: 'pages of files',
  [CONTENTS]: 'file contents',
  'GET /repos/{owner}/{repo}/compare/{basehead}': 'compare (merge base)',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': 'head check (after pages of files)',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 'comment lists',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 'create',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 'edit',
  'GET /user': 'user lookups'
}

export function buildReviewBench(root) {
  const bundle = buildBenchEntry('bench/review-bench.ts', root)
  const out = path.dirname(bundle)
  // The stand-in loads GitHub's OpenAPI description from node_modules at run time.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(out, 'node_modules'), 'dir')
  return { dir: out, bundle }
}

export function actionBundle() {
  return process.env.ACTION_BUNDLE ? path.resolve(ROOT, process.env.ACTION_BUNDLE) : path.join(ROOT, 'dist', 'index.js')
}

/** Runs the built entry; returns its cases (see CaseResult in review-bench.ts). */
export function runReviewBench(bundle, action = actionBundle()) {
  const out = execFileSync(process.execPath, [bundle], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ACTION_BUNDLE: action },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24
  })
  return JSON.parse(out.trim().split('\n').pop()).cases
}

function breakdown(c) {
  return Object.entries(c.requests)
    .map(([operation, n]) => `${n} ${LABELS[operation] ?? operation}`)
    .join(', ')
}

/** Did the action review the PR at all (a bundle without review mode does not)? */
function problem(c) {
  if (c.exitCode !== 0) return `exit ${c.exitCode}`
  if (c.reviewed !== c.iamFiles) return `reviewed ${c.reviewed} of ${c.iamFiles} IAM files`
  if (c.violations > 0) return `${c.violations} requests or responses off GitHub's OpenAPI description`
  return undefined
}

/**
 * Requests grow with pages, not with files, when in every local case the
 * files endpoint was asked once per page, nothing asked for file contents,
 * and every other request stayed the same in number as files grew.
 */
export function growthVerdict(cases) {
  const local = cases.filter((c) => c.local).sort((a, b) => a.files - b.files)
  const pages = local.map((c) => c.requests[FILES] ?? 0)
  const expected = local.map((c) => Math.ceil(c.files / c.perPage))
  const contents = local.map((c) => c.requests[CONTENTS] ?? 0)
  const others = local.map((c, i) => c.total - pages[i] - contents[i])
  const arrow = (xs) => xs.join('→')
  const reasons = []
  if (pages.some((p, i) => p !== expected[i])) reasons.push(`pages of files ${arrow(pages)}, expected ${arrow(expected)} at ${local[0].perPage} a page`)
  if (contents.some((n) => n > 0)) reasons.push(`file-content requests ${arrow(contents)} with both commits local`)
  if (new Set(others).size > 1) reasons.push(`other requests ${arrow(others)} grew with the files`)
  const facts =
    `${arrow(local.map((c) => c.files))} changed files (${arrow(local.map((c) => c.iamFiles))} IAM): ` +
    `${arrow(local.map((c) => c.total))} requests = ${arrow(pages)} pages of files (${local[0].perPage} a page) + ${arrow(others)} others, no file contents`
  return reasons.length === 0
    ? `requests grow with pages of files, not with files (local checkout): yes — ${facts}`
    : `requests grow with pages of files, not with files (local checkout): NO — ${reasons.join('; ')}`
}

/** "2 (1 git merge-base, 1 git cat-file --batch)": the git processes of one review. */
function gitProcesses(c) {
  const runs = Object.entries(c.gitRuns ?? {})
  const total = runs.reduce((n, [, k]) => n + k, 0)
  return `${total}${runs.length ? ` (${runs.map(([args, k]) => `${k} git ${args}`).join(', ')})` : ''}`
}

export async function benchReviewRequests(root = benchTempRoot()) {
  const action = actionBundle()
  const built = buildReviewBench(root)
  let cases
  try {
    cases = runReviewBench(built.bundle, action)
  } finally {
    rmSync(built.dir, { recursive: true, force: true })
  }
  const broken = cases.map((c) => [c, problem(c)]).filter(([, p]) => p)
  if (broken.length > 0) {
    return [
      `${path.relative(ROOT, action)} did not review the pull requests (${broken.map(([c, p]) => `${c.name}: ${p}`).join('; ')}); ` +
        'rebuild dist (npm run bundle) or set ACTION_BUNDLE to a bundle of src/index.ts'
    ]
  }
  const byName = Object.fromEntries(cases.map((c) => [c.name, c]))
  const api = byName.api
  const local = byName.local
  const lines = [
    `local checkout: ${local.total} requests (${breakdown(local)}); whole step ${fmt(local.ms)}; git processes: ${gitProcesses(local)}`,
    `API path: ${api.total} requests (${breakdown(api)}); ${(api.requests[CONTENTS] ?? 0) / api.iamFiles} content requests per IAM file; whole step ${fmt(api.ms)}`
  ]
  for (const c of cases.filter((c) => c.local && c.name !== 'local')) {
    lines.push(`${c.files} files (${c.iamFiles} IAM) local: ${c.total} requests (${breakdown(c)}); whole step ${fmt(c.ms)}; git processes: ${gitProcesses(c)}`)
  }
  lines.push(growthVerdict(cases))
  return lines
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(`review: API requests (action bundle ${path.relative(ROOT, actionBundle())})`)
  for (const line of await benchReviewRequests()) console.log(`  ${line}`)
}
