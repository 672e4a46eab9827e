// Actions a service writes into policies itself although the Service
// Authorization Reference (the catalogue's source) does not list them. A
// policy AWS generates is not a typo, so the linter does not call these
// unknown; it knows nothing else about them (access level, resource types),
// so the rules that need that stay silent on them.

/**
 * Lower-cased names, each with where AWS writes it:
 * - sns:Receive: Amazon SNS's default topic access policy (Id
 *   "__default_policy_ID", Sid "__default_statement_ID"), which CreateTopic
 *   attaches to every new topic and the SNS console shows as the topic's
 *   "Basic" access policy, allows "SNS:Receive" with the topic's other
 *   actions (reproduced in the Terraform AWS provider's aws_sns_topic_policy
 *   example). The SNS Developer Guide's "Valid Amazon SNS policy actions"
 *   and the Service Authorization Reference do not list it.
 * - glue:ShareResource: the statement AWS Lake Formation has a Data Catalog
 *   resource policy hold for cross-account grants by the named-resource
 *   method, Principal {"Service": "ram.amazonaws.com"} (Lake Formation
 *   Developer Guide, "Managing cross-account permissions using both AWS Glue
 *   and Lake Formation"). AWS RAM calls it when it shares a table.
 */
const UNLISTED_ACTIONS: ReadonlySet<string> = new Set(['sns:receive', 'glue:shareresource'])

/** An action (no wildcard) a service writes into its own generated policies though the reference does not list it. */
export function isUnlistedServiceAction(action: string): boolean {
  return UNLISTED_ACTIONS.has(action.toLowerCase())
}
