// RTC123: a resource control policy's Principal is "*" and nothing else. AWS Organizations User Guide, "RCP syntax":
// "You can only specify "*" in the Principal element of an RCP"; IAM Access Analyzer's RCP_SYNTAX_ERROR_PRINCIPAL:
// "RCPs only support specifying all principals ("*") in the Principal element". {"AWS": "*"} is not that: the IAM
// User Guide ("AWS JSON policy elements: Principal", All principals) says it takes in root users, IAM users,
// assumed-role sessions and federated users, and "does not allow web identity session principals, SAML session
// principals, or service principals", where "*" also takes in anonymous callers. An RCP written so was accepted.
import { lintPolicyText } from '../../src/core/lint/lint.js'

const rcp = (Principal: unknown) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'EnforceTls', Effect: 'Deny', Principal, Action: 's3:*', Resource: '*', Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }]
  })
const rtc123 = (Principal: unknown) => lintPolicyText('rcp.json', rcp(Principal), 'rcp').findings.filter((f) => f.code === 'RTC123')

describe('RTC123: an RCP names every principal as "*", not {"AWS": "*"}', () => {
  test.each([[{ AWS: '*' }], [{ AWS: ['*'] }]])('%j is an error that says what it leaves out', (principal) => {
    const findings = rtc123(principal)
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('error')
    expect(findings[0].message).toBe(
      'A resource control policy\'s Principal must be "*": {"AWS": "*"} is not that, for it leaves out service principals, web identity and SAML sessions and anonymous callers.'
    )
    expect(findings[0].hint).toBe('Write "Principal": "*".')
  })

  test('"Principal": "*" is not reported', () => {
    expect(rtc123('*')).toEqual([])
  })

  test('a named principal keeps its own message', () => {
    expect(rtc123({ AWS: 'arn:aws:iam::111122223333:root' })[0].message).toBe('A resource control policy\'s Principal must be "*"; it cannot name principals.')
  })
})
