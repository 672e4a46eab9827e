// Principals AWS itself documents for delivering a service's logs into the
// customer's bucket. A bucket policy written as AWS documents it grants
// them `s3:PutObject` with no aws:SourceAccount or aws:SourceArn condition
// and, before August 2022, to an account root that belongs to AWS, not to
// anyone the bucket owner could ask about.

/**
 * Elastic Load Balancing's log-delivery account in each Region that opened
 * before August 2022, by account ID. The Elastic Load Balancing guides
 * ("Enable access logs for your Application Load Balancer", Step 2: "Attach
 * a policy to your S3 bucket"; "Enable access logs for your Classic Load
 * Balancer") give the bucket policy `"Principal": {"AWS":
 * "arn:aws:iam::elb-account-id:root"}`, `"Action": "s3:PutObject"`, with
 * this table of elb-account-id values (the same table the Terraform AWS
 * provider's aws_elb_service_account data source carries).
 */
const ELB_LOG_DELIVERY_ACCOUNTS: ReadonlyMap<string, string> = new Map([
  ['127311923021', 'us-east-1'],
  ['033677994240', 'us-east-2'],
  ['027434742980', 'us-west-1'],
  ['797873946194', 'us-west-2'],
  ['098369216593', 'af-south-1'],
  ['754344448648', 'ap-east-1'],
  ['589379963580', 'ap-southeast-3'],
  ['718504428378', 'ap-south-1'],
  ['383597477331', 'ap-northeast-3'],
  ['600734575887', 'ap-northeast-2'],
  ['114774131450', 'ap-southeast-1'],
  ['783225319266', 'ap-southeast-2'],
  ['582318560864', 'ap-northeast-1'],
  ['985666609251', 'ca-central-1'],
  ['054676820928', 'eu-central-1'],
  ['156460612806', 'eu-west-1'],
  ['652711504416', 'eu-west-2'],
  ['635631232127', 'eu-south-1'],
  ['009996457667', 'eu-west-3'],
  ['897822967062', 'eu-north-1'],
  ['076674570225', 'me-south-1'],
  ['507241528517', 'sa-east-1'],
  ['048591011584', 'us-gov-west-1'],
  ['190560391635', 'us-gov-east-1'],
  ['638102146993', 'cn-north-1'],
  ['037604701340', 'cn-northwest-1']
])

/**
 * Service principals AWS documents granting bucket access with no source
 * condition: Elastic Load Balancing's log delivery in the Regions that
 * opened in August 2022 or later (and, since, in every Region), per the
 * Application Load Balancer guide's "Attach a policy to your S3 bucket".
 */
const LOG_DELIVERY_SERVICE_PRINCIPALS: ReadonlySet<string> = new Set(['logdelivery.elasticloadbalancing.amazonaws.com'])

/** What those policies grant: writing the log objects, nothing else. */
const LOG_DELIVERY_ACTIONS: ReadonlySet<string> = new Set(['s3:putobject'])

/** The Region whose Elastic Load Balancing log-delivery account this 12-digit ID is, or undefined. */
export function elbLogDeliveryRegion(account: string): string | undefined {
  return ELB_LOG_DELIVERY_ACCOUNTS.get(account)
}

/** A service principal AWS documents for log delivery to a bucket without a source condition. */
export function isDocumentedLogDeliveryService(name: string): boolean {
  return LOG_DELIVERY_SERVICE_PRINCIPALS.has(name.toLowerCase())
}

/**
 * The statement's actions (lower-cased, as written) are all ones the log
 * delivery policies grant: written out, no wildcard, at least one.
 */
export function onlyLogDeliveryActions(lowerActions: readonly string[]): boolean {
  return lowerActions.length > 0 && lowerActions.every((a) => LOG_DELIVERY_ACTIONS.has(a))
}
