// The DNS domains AWS's service principals are named on, in every partition:
// amazonaws.com (every partition takes it), amazonaws.com.cn (some services
// in China), c2s.ic.gov and sc2s.sgov.gov (the isolated aws-iso and aws-iso-b
// partitions), and amazon.com (Alexa skills and the like). Shared by the
// linter (what a Service principal may be) and the evaluator (whether a
// caller is a service).

const ON_SERVICE_DOMAIN = /^[a-z0-9][a-z0-9.-]*\.(amazonaws\.com|amazonaws\.com\.cn|amazon\.com|c2s\.ic\.gov|sc2s\.sgov\.gov)$/i

/** Is the value a DNS name on one of the domains of AWS's service principals (whatever the name before it)? */
export function onServicePrincipalDomain(value: string): boolean {
  return ON_SERVICE_DOMAIN.test(value)
}
