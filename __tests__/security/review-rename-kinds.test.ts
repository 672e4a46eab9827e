// A file renamed from a path whose glob gives one kind to a path read as
// another kind: the same text is another policy (an SCP that allows every
// action limits nothing; as an identity policy it grants administrator
// access). Each side is read with its own path's kind, as validate reads the
// head, and the review does not call the move a change of nothing.
import { parsePolicyFiles } from '../../src/core/validate/policy-files.js'
import { selectPolicyFiles } from '../../src/modes/review.js'
import { policy, PR, pullRequestSuite } from '../support/pull-request-fixture.js'

const suite = pullRequestSuite()
const { preparePullRequest, review } = suite

const FULL_ACCESS = policy([{ Effect: 'Allow', Action: '*', Resource: '*' }])

describe('a rename between kinds', () => {
  it('an SCP moved under a kind-less glob is reviewed as the identity policy validate reads, not as an SCP, and is no "none"', async () => {
    const prepared = preparePullRequest({
      local: true,
      base: { 'org/scps/full.json': FULL_ACCESS },
      head: { 'iam/admin.json': FULL_ACCESS },
      files: [{ filename: 'iam/admin.json', status: 'renamed', previous_filename: 'org/scps/full.json' }]
    })
    const result = await review(prepared, { inputs: { 'policy-files': 'scp: org/scps/*.json\niam/*.json', 'fail-on': 'never' } })
    expect(result.exitCode).toBe(0)
    const body = suite.gh.commentsOn(PR).at(-1)!.body
    // Validate's finding on the head (full administrator) is the review's too.
    expect(result.commands.some((c) => c.command === 'warning' && c.properties.file === 'iam/admin.json' && c.message.includes('full administrator'))).toBe(true)
    expect(body).toMatch(/#### `iam\/admin.json` — 🔴 broadens/)
    expect(body).toContain('`RTC603`: Action "\\*" on every resource')
    expect(body).not.toContain('No change in access')
    // The old policy goes (an SCP's Allow of everything taken away), a new one comes: access changes both ways.
    expect(result.outputs['access-change']).not.toBe('none')
    expect(JSON.parse(result.outputs['changed-files'])).toEqual([
      { path: 'org/scps/full.json', status: 'removed' },
      { path: 'iam/admin.json', status: 'added' }
    ])
  }, 60_000)

  it('selectPolicyFiles keeps a rename within one kind, and splits one between kinds (forced or read from content)', () => {
    const parsed = parsePolicyFiles('scp: org/scps/*.json\ntrust: iam/roles/*-trust.json\niam/**/*.json')
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(
      selectPolicyFiles(
        [
          { path: 'org/scps/b.json', status: 'renamed', previousPath: 'org/scps/a.json' },
          { path: 'iam/p.json', status: 'renamed', previousPath: 'iam/q.json' },
          { path: 'iam/admin.json', status: 'renamed', previousPath: 'org/scps/full.json' },
          { path: 'iam/roles/x-trust.json', status: 'renamed', previousPath: 'org/scps/x.json' }
        ],
        parsed.value
      )
    ).toEqual([
      { path: 'org/scps/b.json', status: 'renamed', previousPath: 'org/scps/a.json', kind: 'scp' },
      { path: 'iam/p.json', status: 'renamed', previousPath: 'iam/q.json' },
      { path: 'org/scps/full.json', status: 'removed', kind: 'scp' },
      { path: 'iam/admin.json', status: 'added' },
      { path: 'org/scps/x.json', status: 'removed', kind: 'scp' },
      { path: 'iam/roles/x-trust.json', status: 'added', kind: 'trust' }
    ])
  })
})
