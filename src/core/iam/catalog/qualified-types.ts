// Resource types whose ARN AWS documents in more forms than the Service
// Authorization Reference writes for the type. The reference gives Lambda's
// `function` type only `function:${FunctionName}` and lists lambda:InvokeFunction
// (and most function actions) with that type alone, while the Lambda Developer
// Guide restricts those same actions "to a specific function by function,
// version, or alias ARN". A qualified ARN (`function:my-function:PROD`, `:1`,
// `:$LATEST`, `:*`) therefore names a function too.
//
// Each entry lends a type the formats of other types of the same service, so
// the extra forms are exactly the reference's own formats for them (its
// `function alias` and `function version`), not a second spelling kept here;
// a catalogue without those types fails to load (see decodeService). Only a
// form the reference has no type for at all is written out here, with the
// page of AWS's documentation that gives it (`documentedFormats`).

export interface QualifiedType {
  /** The service prefix. */
  readonly service: string
  /** The type that also takes the forms below. */
  readonly type: string
  /** Types of the same service whose ARN formats also name a resource of `type`. */
  readonly alsoFormatsOf: readonly string[]
  /** Formats AWS documents for `type` that no type of the reference has, in the reference's `${Placeholder}` notation. */
  readonly documentedFormats?: readonly string[]
  /** Where AWS documents it. */
  readonly documented: string
}

export const QUALIFIED_TYPES: readonly QualifiedType[] = [
  {
    service: 'lambda',
    type: 'function',
    alsoFormatsOf: ['function alias', 'function version'],
    documented:
      'AWS Lambda Developer Guide, "Fine-tuning the Resources and Conditions sections of policies": "Actions that operate on a function can be restricted to a specific function by function, version, or alias ARN"'
  },
  {
    // The reference's accesspointobject is the Regional access point's
    // (arn:...:s3:${Region}:...); a Multi-Region Access Point has no Region,
    // and the reference's multiregionaccesspoint type is the access point
    // itself, which no object action takes.
    service: 's3',
    type: 'accesspointobject',
    alsoFormatsOf: [],
    documentedFormats: ['arn:${Partition}:s3::${Account}:accesspoint/${AccessPointAlias}/object/${ObjectName}'],
    documented:
      'Amazon S3 User Guide, "Making requests through a Multi-Region Access Point": "ARNs for objects that are accessed through a Multi-Region Access Point use the format arn:aws:s3::<account_id>:accesspoint/<MRAP_alias>/object/<key>"'
  }
]
