// A permissions boundary: a managed policy set as the boundary of an IAM user
// or role ("Permissions boundaries for IAM entities"). Its grammar is an
// identity policy's (no Principal, a Resource in every statement), but it
// grants nothing: the entity may do only what both its identity policies and
// its boundary allow, so findings about broad grants do not apply. It cannot
// be told from an identity policy by its content: declare it
// (`boundary: iam/boundaries/*.json`). Quota: a managed policy's 6,144
// characters without white space.
import { statementLabel } from '../context.js'
import { forbidPrincipal, requireResource, type PolicyKindRules } from './kind.js'
import { groupDigits } from '../../digits.js'

const MANAGED = 6144

export const permissionsBoundary: PolicyKindRules = {
  name: 'boundary',
  described: 'a permissions boundary',
  strictSid: true,
  allowGrants: false,
  principalStarIsPublic: false,
  currentVersionRequired: false,
  checkStatement(_ctx, s, out) {
    forbidPrincipal(s, 'RTC114', 'a permissions boundary', 'it is an identity policy, which applies to the user or role whose boundary it is', out)
    requireResource(s, () => `${statementLabel(s, true)} has no Resource.`, 'Add "Resource": "*" (or the ARNs the boundary lets the entity reach).', out)
  },
  sizeFloor: MANAGED,
  checkSize(_ctx, { counted }) {
    if (counted <= MANAGED) return undefined
    return {
      code: 'RTC501',
      message: `The policy is ${groupDigits(counted)} characters without white space; a permissions boundary is a managed policy, which cannot exceed ${groupDigits(MANAGED)}.`,
      hint: 'Shorten it (wildcards, fewer statements): an entity has one permissions boundary, so it cannot be split.'
    }
  }
}
