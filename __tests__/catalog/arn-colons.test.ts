import { arnColons } from '../../src/core/iam/catalog/arn-fit.js'

test.each([
  ['arn:aws:s3:::bucket/key:with:colons', [3, 7, 10, 11, 12]],
  ['arn:aws:logs:us-east-1:111122223333:log-group:/a:*', [3, 7, 12, 22, 35]],
  // A colon inside a policy variable separates nothing.
  ['arn:aws:iam::${aws:PrincipalAccount}:role/x', [3, 7, 11, 12, 36]],
  ['arn:${aws:partition}:s3:::b', [3, 20, 23, 24, 25]],
  // An unclosed '${' is plain text: its colon counts.
  ['arn:${aws:s3', [3, 9]],
  ['arn:aws:s3', [3, 7]],
  ['no colon', []],
  ['', []]
])('arnColons(%j) is %j', (arn, colons) => {
  expect(arnColons(arn)).toEqual(colons)
})
