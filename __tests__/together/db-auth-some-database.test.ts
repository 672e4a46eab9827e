// RTC717 without db-name: the role must be allowed some database of the
// cluster, and a dbname resource names its database whatever wildcards its
// ARN's other parts hold.
import { checkTogether } from '../../src/core/together/check-together.js'
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT, togetherCodes as works } from '../support/together-setup.js'

const ACCOUNT = SETUP_ACCOUNT

describe('RTC717 without db-name: some database of the cluster', () => {
  const dbAuth = (dbname: string) =>
    doc({ Effect: 'Allow', Action: 'redshift:GetClusterCredentials', Resource: [`arn:aws:redshift:eu-west-1:${ACCOUNT}:dbuser:prod/etl_user`, dbname] })
  test.each([
    [`arn:aws:redshift:eu-west-1:${ACCOUNT}:dbname:*/analytics`],
    [`arn:aws:redshift:*:${ACCOUNT}:dbname:prod/analytics`],
    [`arn:aws:redshift:eu-west-1:*:dbname:prod/analytics`]
  ])('a database named through a wildcard in another part of the ARN (%s) is one of the cluster: no RTC717', (dbname) => {
    expect(works(setup({}, { 'redshift-db-auth-policy.json': dbAuth(dbname) }))).not.toContain('RTC717')
  })

  test("a database of another cluster only is none of this one's: RTC717", () => {
    expect(works(setup({}, { 'redshift-db-auth-policy.json': dbAuth(`arn:aws:redshift:eu-west-1:${ACCOUNT}:dbname:other/analytics`) }))).toContain('RTC717')
  })

  test('a database pinned by a redshift:DbName condition is one the connection may name: the whole call (user and database) carries it, no RTC717', () => {
    const pinned = doc({
      Effect: 'Allow',
      Action: 'redshift:GetClusterCredentials',
      Resource: [`arn:aws:redshift:eu-west-1:${ACCOUNT}:dbuser:prod/etl_user`, `arn:aws:redshift:eu-west-1:${ACCOUNT}:dbname:prod/*`],
      Condition: { StringEquals: { 'redshift:DbName': 'analytics' } }
    })
    expect(works(setup({}, { 'redshift-db-auth-policy.json': pinned }))).toEqual([])
    // With db-name another database, the condition refuses the call: on the user as on the database.
    const sales = setup({ 'db-name': 'sales' }, { 'redshift-db-auth-policy.json': pinned })
    const f = checkTogether(sales.files, sales.inputs)
    expect(f.filter((x) => x.code === 'RTC717').map((x) => x.message)).toEqual([expect.stringContaining(`dbuser:prod/etl_user; redshift:GetClusterCredentials on arn:aws:redshift:eu-west-1:${ACCOUNT}:dbname:prod/sales`)])
  })
})
