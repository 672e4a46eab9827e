// What to tell the user when GitHub refuses: which permission is missing, or
// why no permission can help (a fork's read-only token).
import { statusOf } from './pull-request.js'
import { isRateLimited } from './answer-error.js'
import { messageOf } from '../core/async.js'

export type ReviewStep = 'read' | 'comment'

const TWO_WORKFLOWS =
  "On a pull request from a fork the GITHUB_TOKEN is read-only whatever the workflow asks for: use the two-workflow pattern (a pull_request workflow validates and uploads the results; a workflow_run workflow with 'pull-requests: write' runs this action with pr-number to comment)."

const TOKEN_NOT_ACCEPTED =
  "GitHub does not accept the 'github-token' input (expired, revoked, mistyped, or a token of another GitHub than GITHUB_API_URL): no permission is missing. Leave the input at its default (github.token) or pass a valid token."

/** A warning for a refusal, or undefined when the error is not one. */
export function refusalWarning(error: unknown, step: ReviewStep, fromFork: boolean): string | undefined {
  const status = statusOf(error)
  if (status !== 403 && status !== 401 && status !== 404) return undefined
  const said = messageOf(error)
  // A rate limit is no missing permission: naming one sent people to change permissions that were right.
  if (isRateLimited(error)) {
    const what = step === 'read' ? 'Pull-request review skipped: reading the pull request' : 'Pull-request comment not written: writing the comment'
    return `${what} met GitHub's rate limit (${status}: ${said}). No permission is missing: run the job again once the limit has reset. The ${step === 'read' ? 'findings are' : 'review is'} in the job summary.`
  }
  // 401 is GitHub's answer to a token it does not accept, on every operation ("Bad credentials"): no permission
  // the workflow grants changes that, and the fork advice does not apply either.
  if (status === 401) {
    const what = step === 'read' ? `Pull-request review skipped: GitHub answered 401 (${said}) when reading the pull request` : `Pull-request comment not written: GitHub answered 401 (${said})`
    return `${what}. ${TOKEN_NOT_ACCEPTED} The ${step === 'read' ? 'findings are' : 'review is'} in the job summary.`
  }
  if (step === 'read') {
    // GitHub answers 404 both for a pull request that does not exist and for a repository the token may not see:
    // a wrong pr-number is as likely as a missing permission, and naming only the permission hid it.
    const cause =
      status === 404
        ? "Either there is no such pull request in this repository (check 'pr-number' when it is set: it must be the number of a pull request of GITHUB_REPOSITORY), or the token may not see it: it needs 'pull-requests: read' and 'contents: read'."
        : "The token needs 'pull-requests: read' and 'contents: read'."
    return `Pull-request review skipped: GitHub answered ${status} (${said}) when reading the pull request. ${cause} The findings are in the job summary.`
  }
  // GitHub's 403 for a conversation locked after the event (a re-run of its workflow run: the payload says unlocked):
  // "Unable to create comment because issue is locked." Naming a permission sent people to change ones that were right.
  if (status === 403 && /\bis locked\b/i.test(said)) {
    return `Pull-request comment not written: the pull request is locked (GitHub answered 403: ${said}). No permission is missing. The review is in the job summary.`
  }
  const permission = "The job needs 'permissions: pull-requests: write' (or a token that may comment on pull requests)."
  return `Pull-request comment not written: GitHub answered ${status} (${said}). ${fromFork ? `${TWO_WORKFLOWS} ${permission}` : `${permission} ${TWO_WORKFLOWS}`} The findings are in the job summary.`
}

/** A warning for GitHub refusing file versions: the files it names as not reviewed, and the permission when it is one. */
export function versionRefusalWarning(refusal: { status: number; message: string; said?: string }): string {
  // A 403 is also GitHub's answer past a rate limit, which no permission lifts.
  const permission = refusal.status === 401 ? ` ${TOKEN_NOT_ACCEPTED}` : refusal.status === 403 && !/rate limit/i.test(refusal.message) ? " The token needs 'contents: read'." : ''
  const said = refusal.said ?? `GitHub answered ${refusal.status} (${refusal.message})`
  return `Pull-request review incomplete: ${said} when reading file versions; the comment names those files as not reviewed.${permission}`
}
