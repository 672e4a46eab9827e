// Whether a statement's actions fit its resources (RTC307-RTC310) compares
// actions with ARNs: a hostile statement of thousands of each made that
// quadratic (9,000 actions by 9,000 ARNs, 660 KB: 6.7 s, most of it writing
// the same list of resource types into each of 9,000 messages). Actions and
// ARNs written more than once are compared once, the list is written once,
// and what is compared per file has a budget (RESOURCE_FIT_BUDGET): past it
// the rest of the file's fit is not reported, never reported wrongly.
import { comparisonWork } from '../../src/core/iam/catalog/arn-fit.js'
import { formatMatchSteps } from '../../src/core/iam/catalog/format-pattern.js'
import { resourceFitPairs } from '../../src/core/lint/rules/arns.js'
import { lintPolicyText } from '../../src/core/lint/lint.js'
import type { Finding } from '../../src/core/lint/finding.js'

const FIT_CODES = ['RTC307', 'RTC308', 'RTC309', 'RTC310']
const policy = (action: string[], resource: string[]) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] })
const fitFindings = (text: string): Finding[] => lintPolicyText('p.json', text, 'identity').findings.filter((f) => FIT_CODES.includes(f.code))

// The work is counted, not timed (the machine is shared): (action, ARN) pairs compared (resourceFitPairs), table
// cells (comparisonWork) and the steps of the ARN-format matcher (formatMatchSteps).

test('an action and an ARN written many times are compared once: each ARN still gets its finding, and each copy of an action', () => {
  const actions = ['s3:GetObject', 'sqs:SendMessage', 'kms:Decrypt', 'S3:getobject']
  const arns = Array.from({ length: 9000 }, (_, i) => `arn:aws:ec2:us-east-1:111122223333:instance/i-${String(i % 3000).padStart(8, '0')}`)
  const before = resourceFitPairs()
  const found = fitFindings(policy(Array.from({ length: 9000 }, (_, i) => actions[i % actions.length]), arns))
  // At most each of the 4 distinct action strings against each distinct ARN (3,000), and a few more, where every copy
  // against every copy was 81 million pairs (6.7 s).
  const pairs = resourceFitPairs() - before
  expect(pairs).toBeGreaterThan(0)
  expect(pairs).toBeLessThanOrEqual(4 * 3000 + 4)
  // No action acts on instances: every ARN (copies too) is named, once.
  expect(found.filter((f) => f.code === 'RTC307')).toHaveLength(9000)
  expect(found.filter((f) => f.code !== 'RTC307')).toEqual([])
  // The message names each distinct action once, whatever its case.
  expect(found[0].message).toContain('s3:GetObject, sqs:SendMessage, kms:Decrypt act on')
})

test('written again, an action gets its finding again, as the first copy did', () => {
  const found = fitFindings(
    policy(['s3:ListBucket', 'ec2:StopInstances', 'ssm:DescribeParameters', 's3:listbucket', 'ssm:DescribeParameters'], ['arn:aws:s3:::b/k', 'arn:aws:sqs:us-east-1:111122223333:q', 'arn:aws:s3:::b/k'])
  )
  const notHere = (action: string) => `RTC308 ${action} applies to none of the resources of statement 1`
  const starOnly = 'RTC309 ssm:DescribeParameters in statement 1 is given arn:aws:s3:::b/k and 2 more'
  expect(found.map((f) => `${f.code} ${f.message}`.split(' (it acts on')[0].split(', but ')[0])).toEqual([
    notHere('s3:ListBucket'),
    notHere('ec2:StopInstances'),
    starOnly,
    notHere('s3:listbucket'),
    starOnly
  ])
})

const WIDE_ACTIONS = ['s3:GetObject', 'ec2:RunInstances', 'kms:Decrypt', 'sqs:SendMessage', 'dynamodb:Query']

test('distinct pattern ARNs past the budget: linted in bounded time, and the rest of the fit left unsaid, not guessed', () => {
  // A wildcard in the service part lets each ARN be compared with every action's formats, whole.
  const arns = Array.from({ length: 15000 }, (_, i) => `arn:aws:*:us-east-1:111122223333:thing/x${i}*`)
  const before = comparisonWork()
  const found = fitFindings(policy(WIDE_ACTIONS, arns))
  expect(found).toEqual([])
  // The comparing stopped at the budget (20 million cells), far short of comparing all (billions).
  expect(comparisonWork() - before).toBeLessThan(25_000_000)
  expect(comparisonWork() - before).toBeGreaterThan(10_000_000)
})

test('within the budget the same shape is fully checked', () => {
  const arns = Array.from({ length: 20 }, (_, i) => `arn:aws:*:us-east-1:111122223333:thing/x${i}*`)
  const found = fitFindings(policy(WIDE_ACTIONS, arns))
  // A queue's name may be "thing/x0...": sqs:SendMessage fits; the other four fit none.
  expect(found.map((f) => `${f.code} ${f.message.split(' ')[0]}`).sort()).toEqual(['RTC308 dynamodb:Query', 'RTC308 ec2:RunInstances', 'RTC308 kms:Decrypt', 'RTC308 s3:GetObject'])
})

test("a literal ARN against a format with several placeholders that may hold '/' is matched in linear time (its regular expression backtracked: cubic)", () => {
  // apigateway's `/restapis/${RestApiId}/resources/${ResourceId}/methods/${HttpMethodType}/responses/${StatusCode}`
  // read as /restapis/.*/resources/.*/methods/.*/responses/.*$: an ARN of many '/resources//methods/' and no
  // '/responses/' tried every split. 8 KB took 1.6 s, 12 KB 10 s of validate, and a 1 MiB policy for ever.
  const arnOf = (repeat: number) => `arn:aws:apigateway:us-east-1::/restapis/${'/resources//methods/'.repeat(repeat)}`
  const stepsFor = (repeat: number) => {
    const before = formatMatchSteps()
    expect(fitFindings(policy(['apigateway:GET'], [arnOf(repeat)]))).toEqual([])
    return formatMatchSteps() - before
  }
  // Linear, counted rather than timed (the machine is shared): twice the ARN, about twice the matcher's steps.
  const half = stepsFor(800)
  expect(half).toBeGreaterThan(0)
  expect(stepsFor(1600)).toBeLessThanOrEqual(2.5 * half)
  const found = fitFindings(policy(['apigateway:GET'], [arnOf(800)]))
  // It fits a resource type of apigateway:GET all the same (the rest API's own format): nothing to report.
  expect(found).toEqual([])
  // An ARN that fits the deep format exactly, and one that does not: the same answers as the regular expression gave.
  const fits = fitFindings(policy(['apigateway:GET'], ['arn:aws:apigateway:us-east-1::/restapis/a1/resources/r1/methods/GET/responses/200']))
  expect(fits).toEqual([])
  const wrong = fitFindings(policy(['apigateway:GET'], ['arn:aws:apigateway:us-east-1:111122223333:/restapis/a1']))
  expect(wrong.map((f) => f.code)).toEqual(['RTC310'])
})
