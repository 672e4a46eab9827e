// Service principals that act on a resource only when the resource's own
// account asks them to. The confused deputy that aws:SourceAccount and
// aws:SourceArn guard against is a service made to act on your resource by
// another customer's request or configuration; a service that acts for the
// resource's owner alone cannot be made one, and AWS documents the statements
// that grant it with no source condition.

/**
 * - ram.amazonaws.com: AWS RAM shares a resource only at its owner's request
 *   ("You can share a resource only if you own it. You can't share a resource
 *   that's shared with you", AWS RAM User Guide, "Creating a resource share").
 *   The Lake Formation Developer Guide ("Managing cross-account permissions
 *   using both AWS Glue and Lake Formation") has a Data Catalog resource
 *   policy grant it glue:ShareResource with no condition for cross-account
 *   grants by the named-resource method to succeed.
 */
const OWNER_REQUESTED_SERVICES: ReadonlySet<string> = new Set(['ram.amazonaws.com'])

/** A service principal that acts on a resource only at the request of the resource's owner. */
export function actsOnlyForResourceOwner(servicePrincipal: string): boolean {
  return OWNER_REQUESTED_SERVICES.has(servicePrincipal.toLowerCase())
}
