// The stand-in's OpenAPI check must be able to fail: requests and answers
// that GitHub's description does not allow are recorded as violations.
import { GitHubStandIn } from '../support/github-stand-in.js'

let gh: GitHubStandIn
beforeEach(async () => {
  gh = await new GitHubStandIn().start()
  gh.addPull({ number: 7, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), files: [] })
})
afterEach(async () => {
  await gh.stop()
})

const call = (method: string, path: string, body?: unknown) =>
  fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token ghs_standInInstallationToken', accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })

test('a request body the description does not allow is a violation', async () => {
  await call('POST', `/repos/${gh.owner}/${gh.repo}/issues/7/comments`, { text: 'no body field' })
  expect(gh.violations.join('\n')).toMatch(/POST .*comments.*request body/)
})

test('a query parameter of the wrong type is a violation', async () => {
  await call('GET', `/repos/${gh.owner}/${gh.repo}/pulls/7/files?per_page=many`)
  expect(gh.violations.join('\n')).toMatch(/query parameter per_page=many/)
})

test('an answer with a status the operation does not document is a violation', async () => {
  gh.fail({ method: 'get', path: '/repos/{owner}/{repo}/pulls/{pull_number}', status: 418 })
  await call('GET', `/repos/${gh.owner}/${gh.repo}/pulls/7`)
  expect(gh.violations.join('\n')).toMatch(/-> 418: status not documented/)
})

test('an endpoint that is not in the description is a violation', async () => {
  await call('GET', `/repos/${gh.owner}/${gh.repo}/no-such-endpoint`)
  expect(gh.violations.join('\n')).toMatch(/not an operation the stand-in implements/)
})

test('a well-formed request gives no violation', async () => {
  const res = await call('POST', `/repos/${gh.owner}/${gh.repo}/issues/7/comments`, { body: 'hello' })
  expect(res.status).toBe(201)
  expect(gh.violations).toEqual([])
})

test("a GraphQL query GitHub's schema does not have is a violation", async () => {
  // `databaseId` is a field of User; `databaseIdentifier` is not.
  const res = await call('POST', '/graphql', { query: 'query { viewer { login databaseIdentifier } }' })
  expect(((await res.json()) as { errors?: unknown[] }).errors).toHaveLength(1)
  expect(gh.violations.join('\n')).toMatch(/not a query of GitHub's schema: Cannot query field "databaseIdentifier" on type "User"/)
})

test('the GraphQL query the action asks is one of the schema, and answered', async () => {
  const res = await call('POST', '/graphql', { query: 'query { viewer { login databaseId } }' })
  const answer = (await res.json()) as { data?: { viewer?: { login?: unknown; databaseId?: unknown } } }
  expect(typeof answer.data?.viewer?.login).toBe('string')
  expect(typeof answer.data?.viewer?.databaseId).toBe('number')
  expect(gh.violations).toEqual([])
})
