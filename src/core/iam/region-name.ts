/**
 * The form of every Region name AWS uses, in every partition: a lower-case
 * prefix, words, a number (us-east-1, us-gov-west-1, cn-north-1,
 * us-isob-east-1, ap-southeast-7, and the European Sovereign Cloud's
 * eusc-de-east-1, whose prefix is four letters). A form, not a list, so a
 * Region opened after the catalogue was built still fits it; what it turns
 * down (us-east1, useast-1, us-east-1a, US-EAST-1) names no Region.
 */
const REGION_NAME_SOURCE = '[a-z]{2,}(?:-[a-z]+)+-\\d{1,2}'

/** A whole text that is a Region name. */
export const REGION_NAME = new RegExp(`^${REGION_NAME_SOURCE}$`)

/** A whole text that is an Availability Zone's name: a Region's and a letter (us-east-1a). */
export const AVAILABILITY_ZONE_NAME = new RegExp(`^${REGION_NAME_SOURCE}[a-z]$`)

/**
 * A whole text that is a name kms:ViaService holds: the AWS KMS Developer Guide's table of the services that
 * support the key writes each as SERVICE.AWS_region.amazonaws.com ("Use the .amazonaws.com suffix of the AWS KMS
 * ViaService name in all AWS partitions"): ec2.us-west-2.amazonaws.com.
 */
export const VIA_SERVICE_NAME = new RegExp(`^[a-z0-9-]+\\.${REGION_NAME_SOURCE}\\.amazonaws\\.com$`)

const REGION_NAME_AT = new RegExp(REGION_NAME_SOURCE, 'y')

/** Do the characters from `start` to `end` make a Region name (read in place: nearly every ARN's Region does)? */
export function isRegionNameAt(text: string, start: number, end: number): boolean {
  REGION_NAME_AT.lastIndex = start
  return REGION_NAME_AT.test(text) && REGION_NAME_AT.lastIndex === end
}
