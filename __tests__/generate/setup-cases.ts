// The new inputs of the whole connector setup, and every bad value each can
// take: the unit test (inputs.test.ts) and the end-to-end test through
// dist/index.js (setup-e2e.test.ts) both run this table.

export const WORKGROUP_ID = '8f9d3c1e-0a4b-4c2d-9e8f-1a2b3c4d5e6f'
export const CLUSTER = { 'redshift-db-auth': 'cluster', 'redshift-cluster-id': 'prod', 'redshift-region': 'us-east-1', 'db-user': 'etl_user' }
export const SERVERLESS = { 'redshift-db-auth': 'serverless', 'redshift-workgroup': WORKGROUP_ID, 'redshift-region': 'us-east-1' }
export const ROLE = { 'user-name': '', 'trust-principal': 'role', 'principal-role-name': 'SecureAgentEc2' }
const BUCKET = { 'staging-bucket': 'etl-staging' }

/** [label, overrides, the input the error names, what the message says] */
export const BAD_SETUP_INPUTS: Array<[string, Record<string, string>, string, RegExp]> = [
  ['trust-principal unknown', { 'trust-principal': 'group' }, 'trust-principal', /not an allowed value.*one of user, account, role/],
  ['principal-role-name missing with role', { ...ROLE, 'principal-role-name': '' }, 'principal-role-name', /is required when trust-principal is 'role'/],
  ['principal-role-name with a wildcard', { ...ROLE, 'principal-role-name': 'agent*' }, 'principal-role-name', /wildcard.*1 to 64 characters/],
  ['principal-role-name without trust-principal role', { 'principal-role-name': 'agent' }, 'principal-role-name', /is set while trust-principal is 'user'/],
  ['principal-role-path without slashes', { ...ROLE, 'principal-role-path': 'agents' }, 'principal-role-path', /start and end with '\/'.*IAM path/],
  ['principal-role-path without trust-principal role', { 'principal-role-path': '/agents/' }, 'principal-role-path', /is set while trust-principal is 'user'/],
  ['user-name with trust-principal role', { ...ROLE, 'user-name': 'etl' }, 'user-name', /is set while trust-principal is 'role'/],
  // IAM role names are unique in an account whatever their case (CreateRole, RoleName): the role would trust itself
  // and hold the requester policy, so the requester would have the role's own S3, KMS and Redshift access.
  ['principal-role-name naming the role itself', { ...ROLE, 'role-name': 'SecureAgentEc2' }, 'principal-role-name', /names the role itself.*not the role it assumes/],
  ['principal-role-name naming the role itself in another case and path', { ...ROLE, 'role-name': 'secureagentEC2', 'principal-role-path': '/agents/' }, 'principal-role-name', /names the role itself/],
  ['staging-bucket in capitals', { 'staging-bucket': 'ETL-Staging' }, 'staging-bucket', /contains 'E'.*S3 bucket name/],
  ['staging-bucket too short', { 'staging-bucket': 'ab' }, 'staging-bucket', /2 characters long.*S3 bucket name/],
  ['staging-bucket as a URL', { 'staging-bucket': 's3://etl-staging' }, 'staging-bucket', /is an S3 URI, not a bucket name: the bucket is "etl-staging"\. Expected an S3 bucket name/],
  // A console's S3 URI or bucket ARN pasted whole: the error names the bucket (and the prefix) in it to give instead.
  ['staging-bucket as an S3 URI with a prefix', { 'staging-bucket': 's3://etl-staging/informatica/' }, 'staging-bucket', /is an S3 URI, not a bucket name: the bucket is "etl-staging", and "informatica\/" goes in staging-prefix/],
  ['staging-bucket as a bucket ARN', { 'staging-bucket': 'arn:aws:s3:::etl-staging' }, 'staging-bucket', /is a bucket ARN, not a bucket name: the bucket is "etl-staging"/],
  ['staging-prefix as an S3 URI', { ...BUCKET, 'staging-prefix': 's3://etl-staging/data/' }, 'staging-prefix', /is an S3 URI, not a key prefix: the prefix in it is "data\/"/],
  ['staging-prefix as an S3 URI of another bucket', { ...BUCKET, 'staging-prefix': 's3://other/data/' }, 'staging-prefix', /is an S3 URI of the bucket "other", not staging-bucket's "etl-staging"/],
  ['staging-bucket as an IP address', { 'staging-bucket': '192.168.10.1' }, 'staging-bucket', /IP address.*S3 bucket name/],
  ['staging-bucket with two dots', { 'staging-bucket': 'etl..staging' }, 'staging-bucket', /two dots.*S3 bucket name/],
  ['staging-bucket with a reserved suffix', { 'staging-bucket': 'etl-staging-s3alias' }, 'staging-bucket', /reserves.*S3 bucket name/],
  ['staging-prefix with a wildcard', { ...BUCKET, 'staging-prefix': 'data*' }, 'staging-prefix', /wildcard.*key prefix/],
  ['staging-prefix with a policy variable', { ...BUCKET, 'staging-prefix': 'data/${aws:username}' }, 'staging-prefix', /contains '\$'.*key prefix/],
  ['staging-prefix with a .. segment', { ...BUCKET, 'staging-prefix': 'data/../other' }, 'staging-prefix', /'\.\.' segment.*key prefix/],
  ['staging-prefix with an empty segment', { ...BUCKET, 'staging-prefix': 'data//x' }, 'staging-prefix', /empty segment.*key prefix/],
  ['staging-prefix without staging-bucket', { 'staging-prefix': 'data' }, 'staging-prefix', /is set without staging-bucket\. Expected staging-bucket set to the bucket the prefix is in, or no staging-prefix\.$/],
  ['redshift-db-auth unknown', { 'redshift-db-auth': 'iam' }, 'redshift-db-auth', /not an allowed value.*one of none, cluster, serverless/],
  ['redshift-cluster-id missing', { ...CLUSTER, 'redshift-cluster-id': '' }, 'redshift-cluster-id', /is required when redshift-db-auth is 'cluster'/],
  ['redshift-cluster-id with an underscore', { ...CLUSTER, 'redshift-cluster-id': 'prod_1' }, 'redshift-cluster-id', /contains '_'.*cluster identifier/],
  ['redshift-cluster-id starting with a digit', { ...CLUSTER, 'redshift-cluster-id': '1prod' }, 'redshift-cluster-id', /start with a letter.*cluster identifier/],
  ['redshift-cluster-id with redshift-db-auth none', { 'redshift-cluster-id': 'prod' }, 'redshift-cluster-id', /is set while redshift-db-auth is 'none'/],
  ['redshift-workgroup missing', { ...SERVERLESS, 'redshift-workgroup': '' }, 'redshift-workgroup', /is required when redshift-db-auth is 'serverless'/],
  ['redshift-workgroup as a name', { ...SERVERLESS, 'redshift-workgroup': 'analytics' }, 'redshift-workgroup', /workgroup name, not its id.*get-workgroup/],
  ['redshift-workgroup as its ARN', { ...SERVERLESS, 'redshift-workgroup': `arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/${WORKGROUP_ID}` }, 'redshift-workgroup', new RegExp(`is the workgroup's ARN, not its id: the id is its last part, "${WORKGROUP_ID}"`)],
  ['redshift-workgroup as its endpoint', { ...SERVERLESS, 'redshift-workgroup': 'analytics.123456789012.us-east-1.redshift-serverless.amazonaws.com:5439/dev' }, 'redshift-workgroup', /is the workgroup's endpoint, which names the workgroup "analytics", not its id.*get-workgroup/],
  ['redshift-workgroup with redshift-db-auth cluster', { ...CLUSTER, 'redshift-workgroup': WORKGROUP_ID }, 'redshift-workgroup', /is set while redshift-db-auth is 'cluster'/],
  ['redshift-region missing', { ...CLUSTER, 'redshift-region': '' }, 'redshift-region', /is required when redshift-db-auth is 'cluster'/],
  ['redshift-region a city', { ...SERVERLESS, 'redshift-region': 'Frankfurt' }, 'redshift-region', /not an AWS Region code/],
  ['db-user missing', { ...CLUSTER, 'db-user': '' }, 'db-user', /is required when redshift-db-auth is 'cluster'/],
  ['db-user with a space', { ...CLUSTER, 'db-user': 'etl user' }, 'db-user', /contains a space.*GetClusterCredentials/],
  ['db-user with serverless', { ...SERVERLESS, 'db-user': 'etl_user' }, 'db-user', /is set while redshift-db-auth is 'serverless'.*workgroup alone/],
  ['db-name starting with a digit', { ...CLUSTER, 'db-name': '1dev' }, 'db-name', /start with a letter.*GetClusterCredentials/],
  ['db-groups with a wildcard item', { ...CLUSTER, 'db-groups': 'loaders, admin*' }, 'db-groups', /item 2 contains a wildcard/],
  ['db-groups with redshift-db-auth none', { 'db-groups': 'loaders' }, 'db-groups', /is set while redshift-db-auth is 'none'/],
  ['db-auto-create not a boolean', { ...CLUSTER, 'db-auto-create': 'always' }, 'db-auto-create', /not a boolean.*true or false/],
  ['db-auto-create with serverless', { ...SERVERLESS, 'db-auto-create': 'true' }, 'db-auto-create', /is set while redshift-db-auth is 'serverless'/],
  ['db-auto-create with redshift-db-auth none', { 'db-auto-create': 'yes' }, 'db-auto-create', /is set while redshift-db-auth is 'none'/],
  ['session-duration in hours', { 'session-duration': '2h' }, 'session-duration', /not a whole number of seconds.*900/],
  ['session-duration under 900', { 'session-duration': '899' }, 'session-duration', /is 899 seconds.*900.*43200/],
  ['session-duration over 43200', { 'session-duration': '43201' }, 'session-duration', /is 43201 seconds.*43200/],
  ['session-duration over an hour with trust-principal role (role chaining)', { ...ROLE, 'session-duration': '7200' }, 'session-duration', /role chaining.*one hour.*at most 3600 seconds/],
  ['formats unknown', { formats: 'cli, pulumi' }, 'formats', /item 2 is not an allowed value.*one of cli, cloudformation, terraform/],
  ['formats naming nothing', { formats: ' , ' }, 'formats', /names no format/]
]
