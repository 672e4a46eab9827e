// A pull request set up around the GitHub stand-in: the base and head trees
// written to a workspace (a git checkout holding both commits, or just the
// head's files), the PR registered with the stand-in, and a `pull_request`
// run of the bundled action against it. Shared by the end-to-end tests and
// the review benchmark (bench/review-bench.ts), so both drive the same setup.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { makeWorkspace, runAction, type StepResult } from './run-action.js'
import { GitHubStandIn, pullRequestEvent, type PullFile } from './github-stand-in.js'

export const TOKEN = 'ghs_standInInstallationToken'
export const PR = 42

/** A policy document's text as people commit it (two-space indent, final newline). */
export const policy = (statements: object[]) => `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`
export const allow = (action: string | string[], resource = 'arn:aws:s3:::data-bucket/*', sid?: string) => ({
  ...(sid ? { Sid: sid } : {}),
  Effect: 'Allow',
  Action: action,
  Resource: resource
})

/** path -> text */
export type Tree = Record<string, string>

export interface Scenario {
  base: Tree
  head: Tree
  /** Files the PR lists; derived from base/head when not given. */
  files?: PullFile[]
  /** true: a git checkout holding both commits; false: files only. */
  local: boolean
  /**
   * Files the base branch changes after the PR branched (another PR merged):
   * the base branch's tip is then a commit after `base`, which stays the
   * merge base. The PR's list of files still compares `base` with `head`, as GitHub's does.
   */
  baseLater?: Tree
  /** The head's history does not join the base's (no merge base anywhere). */
  unrelated?: boolean
  /**
   * With `local`: the checkout is what `fetch-depth: 2` gives on a
   * pull_request event, the merge of the base tip and the head and their
   * parents only, so the merge base (when the base moved on) is not in it.
   */
  shallow?: boolean
}

export interface PreparedPullRequest {
  workspace: string
  /** The base branch's tip (the event's base.sha). */
  baseSha: string
  headSha: string
  /** The commit of `base`, where the PR branched; undefined when the histories are unrelated. */
  mergeBaseSha?: string
}

export interface ReviewOptions {
  token?: string
  inputs?: Record<string, string>
  fork?: boolean | 'deleted'
  /** The PR's state in the event payload. */
  state?: 'open' | 'closed'
  locked?: boolean
  /**
   * Another event than the PR's `pull_request`: its name and payload, or the
   * event file's raw text, or `missing: true` for a path where no file is.
   */
  event?: { name: string; payload?: object; raw?: string; missing?: boolean }
  /** More environment for the action, e.g. a PATH whose `git` counts its runs (bench/review-bench.ts). */
  env?: Record<string, string>
  /** Another bundle than the action's (run-action.ts BUNDLE): e.g. one of src/ with a module made to fail. */
  bundle?: string
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()
}

export function writeTree(dir: string, tree: Tree): void {
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
}

export function changedFiles(base: Tree, head: Tree): PullFile[] {
  const files: PullFile[] = []
  for (const file of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (!(file in head)) files.push({ filename: file, status: 'removed' })
    else if (!(file in base)) files.push({ filename: file, status: 'added' })
    else if (base[file] !== head[file]) files.push({ filename: file, status: 'modified' })
  }
  return files
}

export interface PullRequestFixture {
  /** A workspace checked out at the head, the PR registered with the stand-in. */
  preparePullRequest(s: Scenario): PreparedPullRequest
  /** One `pull_request` run of the bundled action, `validate` mode over iam/**\/*.json. */
  review(prepared: PreparedPullRequest, options?: ReviewOptions): Promise<StepResult>
  /** Removes the workspaces and event files made since the last call. */
  removeTemporaryDirectories(): void
}

/**
 * `standIn` is read on every call, so a test may start a fresh stand-in
 * before each case and keep one fixture.
 */
export function pullRequestFixture(standIn: () => GitHubStandIn): PullRequestFixture {
  const cleanup: string[] = []

  function preparePullRequest(s: Scenario): PreparedPullRequest {
    const gh = standIn()
    const workspace = makeWorkspace('rtc-review-')
    cleanup.push(workspace)
    // `forkSha`: the commit of s.base, where the PR branched.
    let forkSha: string
    let headSha: string
    let baseSha: string
    if (s.local) {
      // The shallow checkout is cloned from a full repository made beside it.
      const repo = s.shallow ? makeWorkspace('rtc-review-origin-') : workspace
      if (s.shallow) cleanup.push(repo)
      git(repo, ['init', '-q', '-b', 'main'])
      writeTree(repo, s.base)
      git(repo, ['add', '-A'])
      git(repo, ['commit', '-q', '--allow-empty', '-m', 'base'])
      forkSha = git(repo, ['rev-parse', 'HEAD'])
      git(repo, ['checkout', '-q', ...(s.unrelated ? ['--orphan', 'pr'] : ['-b', 'pr'])])
      for (const file of Object.keys(s.base)) if (!(file in s.head)) rmSync(path.join(repo, file))
      writeTree(repo, s.head)
      git(repo, ['add', '-A'])
      git(repo, ['commit', '-q', '--allow-empty', '-m', 'head'])
      headSha = git(repo, ['rev-parse', 'HEAD'])
      baseSha = forkSha
      if (s.baseLater) {
        git(repo, ['checkout', '-q', 'main'])
        writeTree(repo, s.baseLater)
        git(repo, ['add', '-A'])
        git(repo, ['commit', '-q', '--allow-empty', '-m', 'another pull request'])
        baseSha = git(repo, ['rev-parse', 'HEAD'])
      }
      if (s.shallow) {
        // refs/pull/N/merge: the base tip merged with the head, as actions/checkout fetches it
        // (its tree is never read: '-s ours' spares a conflict when both sides changed a file).
        git(repo, ['checkout', '-q', '-b', 'pull-merge', baseSha])
        git(repo, ['merge', '-q', '--no-ff', '--allow-unrelated-histories', '-s', 'ours', '-m', 'merge', headSha])
        execFileSync('git', ['clone', '-q', '--depth', '2', '--branch', 'pull-merge', `file://${repo}`, workspace])
      }
      git(workspace, ['checkout', '-q', '--detach', headSha])
    } else {
      // Commits this workspace does not have: the versions come from the API.
      forkSha = 'ba5e'.repeat(10)
      headSha = 'beef'.repeat(10)
      baseSha = s.baseLater ? 'bade'.repeat(10) : forkSha
      writeTree(workspace, s.head)
    }
    for (const [file, text] of Object.entries(s.base)) gh.setFile(forkSha, file, text)
    for (const [file, text] of Object.entries(s.head)) gh.setFile(headSha, file, text)
    // The history, for the compare endpoint.
    gh.addCommit(forkSha)
    gh.addCommit(headSha, s.unrelated ? [] : [forkSha])
    if (baseSha !== forkSha) {
      for (const [file, text] of Object.entries({ ...s.base, ...s.baseLater })) gh.setFile(baseSha, file, text)
      gh.addCommit(baseSha, [forkSha])
    }
    gh.addPull({ number: PR, baseSha, headSha, files: s.files ?? changedFiles(s.base, s.head) })
    return { workspace, baseSha, headSha, ...(s.unrelated ? {} : { mergeBaseSha: forkSha }) }
  }

  async function review(prepared: PreparedPullRequest, options: ReviewOptions = {}): Promise<StepResult> {
    const gh = standIn()
    const event =
      options.event?.payload ??
      pullRequestEvent({ owner: gh.owner, repo: gh.repo, number: PR, baseSha: prepared.baseSha, headSha: prepared.headSha, fork: options.fork, state: options.state, locked: options.locked })
    const eventPath = path.join(makeWorkspace('rtc-event-'), 'event.json')
    cleanup.push(path.dirname(eventPath))
    if (!options.event?.missing) writeFileSync(eventPath, options.event?.raw ?? JSON.stringify(event))
    const result = await runAction({
      workspace: prepared.workspace,
      inputs: { mode: 'validate', 'policy-files': 'iam/**/*.json', 'github-token': options.token ?? TOKEN, ...options.inputs },
      env: {
        GITHUB_EVENT_NAME: options.event?.name ?? 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: gh.apiUrl,
        GITHUB_SHA: prepared.headSha,
        RTC_GITHUB_BACKOFF_UNIT_MS: '1',
        ...options.env
      },
      timeoutMs: 60000,
      ...(options.bundle ? { bundle: options.bundle } : {})
    })
    cleanup.push(result.runnerTemp)
    return result
  }

  function removeTemporaryDirectories(): void {
    for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
  }

  return { preparePullRequest, review, removeTemporaryDirectories }
}

/**
 * The usual set-up of a review test file: a GitHub stand-in started before
 * each test and stopped after it (its OpenAPI violations asserted empty unless
 * the file checks them itself), the fixture over it, its folders removed.
 */
export function pullRequestSuite(options: { checkViolations?: boolean } = {}): PullRequestFixture & { readonly gh: GitHubStandIn } {
  let gh: GitHubStandIn | undefined
  const standIn = () => {
    if (!gh) throw new Error('the GitHub stand-in runs only inside a test')
    return gh
  }
  const fixture = pullRequestFixture(standIn)
  beforeEach(async () => {
    gh = await new GitHubStandIn().start()
  })
  afterEach(async () => {
    await standIn().stop()
    fixture.removeTemporaryDirectories()
    if (options.checkViolations !== false) expect(standIn().violations).toEqual([])
  })
  return {
    ...fixture,
    get gh() {
      return standIn()
    }
  }
}
