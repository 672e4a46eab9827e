// Placeholders of the catalogue's ARN formats whose value AWS documents with a
// character set that has neither '/' nor ':'. IAM's '*' crosses '/', so a
// placeholder read as "any text" lets `table/${TableName}/index/${IndexName}`
// absorb `table/MyTable/stream/...`: only knowing that a table name holds no
// '/' makes the fixed "/index/" after it a literal that a stream ARN lacks.
//
// Keyed by the ARN's service part (as the format writes it) and the
// placeholder's name, since services reuse names with other rules (a Glue
// `${TableName}` may hold '/'). Only names whose rule AWS documents go here;
// a placeholder not listed keeps the permissive reading (any text, '/'
// included). Each entry cites the rule it comes from.

interface NamingRule {
  /** The ARN's service part, as the catalogue's format writes it. */
  readonly service: string
  /** The placeholder's name, without `${` and `}`. */
  readonly placeholder: string
  /** Where AWS documents the characters the name may hold. */
  readonly documented: string
}

const NAMES_WITHOUT_SEPARATORS: readonly NamingRule[] = [
  {
    service: 's3',
    placeholder: 'BucketName',
    documented: 'Amazon S3 User Guide, "General purpose bucket naming rules": lowercase letters, numbers, dots and hyphens, 3 to 63 characters'
  },
  {
    service: 's3express',
    placeholder: 'BucketName',
    documented: 'Amazon S3 User Guide, "Directory bucket naming rules": lowercase letters, numbers and hyphens, 3 to 63 characters'
  },
  {
    service: 's3-outposts',
    placeholder: 'BucketName',
    documented: 'CloudFormation AWS::S3Outposts::Bucket, BucketName: lowercase letters, numbers, periods and dashes, under the S3 bucket naming rules'
  },
  {
    service: 's3vectors',
    placeholder: 'BucketName',
    documented: 'Amazon S3 User Guide, "Vector bucket naming rules": lowercase letters, numbers and hyphens, 3 to 63 characters'
  },
  {
    service: 'dynamodb',
    placeholder: 'TableName',
    documented: 'Amazon DynamoDB Developer Guide, "Naming rules": table and index names are 3 to 255 of a-z, A-Z, 0-9, _, - and .'
  },
  {
    service: 'dynamodb',
    placeholder: 'IndexName',
    documented: 'Amazon DynamoDB Developer Guide, "Naming rules": table and index names are 3 to 255 of a-z, A-Z, 0-9, _, - and .'
  },
  {
    service: 'lambda',
    placeholder: 'FunctionName',
    // The name alone: a version or alias after it (`function:f:PROD`) is a
    // form of its own, which qualified-types.ts lends the function type.
    documented: 'AWS Lambda API Reference, CreateFunction FunctionName: the name alone is up to 64 of letters, numbers, hyphens and underscores'
  },
  {
    service: 'ecs',
    placeholder: 'ClusterName',
    documented: 'Amazon ECS API Reference, CreateCluster clusterName: up to 255 letters (upper and lower case), numbers, hyphens and underscores'
  }
]

const key = (service: string, placeholder: string): string => `${service.toLowerCase()} ${placeholder.toLowerCase()}`

const withoutSeparators = new Set(NAMES_WITHOUT_SEPARATORS.map((r) => key(r.service, r.placeholder)))

/**
 * Does AWS document the value of `${placeholder}` in an ARN of `service` with
 * characters that exclude '/' and ':'? Case does not matter (the fit code
 * compares lower case).
 */
export function placeholderHoldsNoSeparator(service: string, placeholder: string): boolean {
  return withoutSeparators.has(key(service, placeholder))
}

/** The table, for tests and documentation. */
export function namingRules(): readonly NamingRule[] {
  return NAMES_WITHOUT_SEPARATORS
}
