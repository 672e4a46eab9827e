// The review's log lines quote what GitHub answered (the pull request's
// commits): a line break in such text would start a log line of its own,
// which the runner reads as a workflow command when it starts with '::'.
// The event payload (or GET /pulls/{n}) names the base commit; nothing checks
// that it is a commit id before the review's closing log line names it.
import { allow, policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'

const suite = pullRequestSuite({ checkViolations: false })
const { preparePullRequest, review } = suite

describe("the review's log lines", () => {
  it('a base commit that holds a line break and a workflow command writes no command', async () => {
    const prepared = preparePullRequest({
      local: false,
      base: { 'iam/app.json': policy([allow('s3:GetObject')]) },
      head: { 'iam/app.json': policy([allow('s3:*')]) }
    })
    const baseSha = `${prepared.baseSha}\n::error title=injected::from the base commit\n##[add-mask]x`
    suite.gh.addPull({ number: PR, baseSha, headSha: prepared.headSha, files: [{ filename: 'iam/app.json', status: 'modified' }] })
    const result = await review({ ...prepared, baseSha })
    expect(result.exitCode).toBe(0)
    // The step ran its review: the log line that names the before commit was written.
    expect(result.stdout).toMatch(/Reviewed 1 changed IAM file of pull request #42/)
    expect(result.commands.filter((c) => c.properties.title === 'injected' || c.message.includes('from the base commit'))).toEqual([])
    const lines = result.stdout.split('\n')
    expect(lines.filter((l) => l.startsWith('::error') && l.includes('injected'))).toEqual([])
    expect(lines.filter((l) => l.includes('##[add-mask]'))).toEqual([])
  })
})
