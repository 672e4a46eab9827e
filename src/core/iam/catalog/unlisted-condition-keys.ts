// Condition keys AWS writes into the policies it documents or ships although
// the Service Authorization Reference (the catalogue's source) does not list
// them. AWS evaluates the policies it ships, so the linter does not call these
// keys unknown; it knows nothing else about them (their type, which actions
// send them), so the checks that need that stay silent on them.

/**
 * Lower-cased names, each with where AWS writes it:
 * - aws:PrincipalOrgMasterAccountId: the AWS managed policy
 *   AWSSSOServiceRolePolicy (IAM Identity Center's service-linked role),
 *   `StringNotEquals {"aws:PrincipalOrgMasterAccountId": "${aws:PrincipalAccount}"}`.
 * - glue:EvaluatedByLakeFormationTags: the Data Catalog resource-policy
 *   statement for cross-account grants by LF-tags, `Bool {"glue:EvaluatedByLakeFormationTags": true}`
 *   (Lake Formation Developer Guide, "Lake Formation tag-based access control
 *   cross-account prerequisites").
 * - lakeformation:GlueARN: the AWS managed policy
 *   AmazonDataZoneGlueManageAccessRolePolicy, `Null {"lakeformation:GlueARN": "true"}`.
 */
const UNLISTED_CONDITION_KEYS: ReadonlySet<string> = new Set(['aws:principalorgmasteraccountid', 'glue:evaluatedbylakeformationtags', 'lakeformation:gluearn'])

/** A condition key AWS writes into its own policies though the reference does not list it. */
export function isUnlistedConditionKey(key: string): boolean {
  return UNLISTED_CONDITION_KEYS.has(key.toLowerCase())
}
