// sts:GetCallerIdentity needs no permission ("No permissions are required to perform this operation. If an
// administrator attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity
// action, you can still perform this operation": STS API Reference). An Allow of it gives the requester nothing it
// does not have, so it is no access to an AWS resource: RTC720 was an error on it.
import { generatedSetup as setup, policyDoc as doc, SETUP_ACCOUNT, togetherCodes as works } from '../support/together-setup.js'

const ROLE = `arn:aws:iam::${SETUP_ACCOUNT}:role/RedshiftTempCreds`
const userPolicy = (...extra: object[]) => ({ 'user-policy.json': doc({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE }, ...extra) })

test('Allow sts:GetCallerIdentity beside sts:AssumeRole: no RTC720', () => {
  expect(works(setup({}, userPolicy({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' })))).toEqual([])
})

test('an STS wildcard that also grants sessions tokens is still reported', () => {
  expect(works(setup({}, userPolicy({ Effect: 'Allow', Action: 'sts:Get*', Resource: '*' })))).toEqual(['RTC720'])
})

// sts:GetSessionToken needs none either: "No permissions are required for users to perform this operation. The purpose
// of the sts:GetSessionToken operation is to authenticate the user using MFA. You cannot use policies to control
// authentication operations" (STS API Reference, GetSessionToken; IAM User Guide, "Permissions for GetSessionToken":
// including the action in a policy "has no effect on a user's ability to perform the GetSessionToken operation"). Its
// credentials carry the user's own permissions. An Allow of it was an RTC720 error.
test('Allow sts:GetSessionToken beside sts:AssumeRole, in any case and with GetCallerIdentity: no RTC720', () => {
  for (const Action of ['sts:GetSessionToken', 'STS:getsessiontoken', ['sts:GetSessionToken', 'sts:GetCallerIdentity']]) {
    expect([Action, works(setup({}, userPolicy({ Effect: 'Allow', Action, Resource: '*' })))]).toEqual([Action, []])
  }
})

test('the STS actions that do need a permission are still reported beside it', () => {
  expect(works(setup({}, userPolicy({ Effect: 'Allow', Action: ['sts:GetSessionToken', 'sts:GetFederationToken'], Resource: '*' })))).toEqual(['RTC720'])
})
