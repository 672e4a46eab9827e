// Condition keys whose request value AWS builds from an API parameter it
// validates against a documented pattern: a value outside it never reaches
// a policy. Only keys whose rule the API reference documents go here; every
// other key's value may be any text.

interface ValueFormat {
  /** The whole value, as the API reference's length constraints and pattern give it. */
  readonly pattern: RegExp
  /** The rule in words, for the texts. */
  readonly rule: string
}

const STS_NAME: ValueFormat = { pattern: /^[\w+=,.@-]{2,64}$/, rule: '2 to 64 letters, digits and + = , . @ _ -' }

const FORMATS: ReadonlyMap<string, ValueFormat> = new Map([
  // AWS STS API Reference, AssumeRole, ExternalId: length 2 to 1224, pattern [\w+=,.@:\/-]*.
  ['sts:externalid', { pattern: /^[\w+=,.@:/-]{2,1224}$/, rule: '2 to 1224 letters, digits and + = , . @ : / _ -' }],
  // AWS STS API Reference, AssumeRole, RoleSessionName and SourceIdentity: length 2 to 64, pattern [\w+=,.@-]*.
  ['sts:rolesessionname', STS_NAME],
  ['sts:sourceidentity', STS_NAME]
])

/** The documented format of a key's request values (key in any case), or undefined when none is known. */
export function valueFormatOf(key: string): ValueFormat | undefined {
  return FORMATS.get(key.toLowerCase())
}
