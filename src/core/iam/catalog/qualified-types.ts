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
// a catalogue without those types fails to load (see decodeService).

export interface QualifiedType {
  /** The service prefix. */
  readonly service: string
  /** The type that also takes the forms below. */
  readonly type: string
  /** Types of the same service whose ARN formats also name a resource of `type`. */
  readonly alsoFormatsOf: readonly string[]
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
  }
]
