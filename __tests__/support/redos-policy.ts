/** The policy that stalled the step: resource `arn:aws:s3:::` + '*a' x n in one statement, `arn:aws:s3:::` + 'a' x n in another. */
export function redosPolicy(n: number): string {
  const statement = (resource: string) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: resource })
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement(`arn:aws:s3:::${'*a'.repeat(n)}`), statement(`arn:aws:s3:::${'a'.repeat(n)}`)] })
}
