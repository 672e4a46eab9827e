// The role's Redshift database-credentials policy. Resource formats are the
// Service Authorization Reference's: GetClusterCredentials needs the dbuser
// resource and the dbname one (the database named, else any), with
// db-name a redshift:DbName condition too; DbGroups need
// redshift:JoinGroup on each dbgroup, and AutoCreate redshift:CreateClusterUser
// on the dbuser; Serverless GetCredentials needs the workgroup, named by its id.
import { redshiftClusterArn, redshiftWorkgroupArn } from '../../iam/arn.js'
import { POLICY_VERSION, type PolicyDocument, type Statement } from '../../iam/policy.js'
import type { GenerateInputs } from '../inputs.js'
import type { RolePolicyModule } from './types.js'

export const CLUSTER_CREDENTIALS_ACTION = 'redshift:GetClusterCredentials'
export const JOIN_GROUP_ACTION = 'redshift:JoinGroup'
export const SERVERLESS_CREDENTIALS_ACTION = 'redshift-serverless:GetCredentials'
/** The database a GetClusterCredentials request names (its DbName); absent when it names none. */
export const DB_NAME_KEY = 'redshift:DbName'
/** GetClusterCredentials with AutoCreate creates the database user: the API reference requires this action too, on the dbuser. */
export const CREATE_USER_ACTION = 'redshift:CreateClusterUser'

export function redshiftDbAuthPolicyFor(inputs: GenerateInputs): PolicyDocument | undefined {
  const r = inputs.redshift
  if (!r) return undefined
  const { partition, accountId } = inputs
  if (r.kind === 'serverless') {
    return {
      Version: POLICY_VERSION,
      Statement: [
        { Sid: 'GetServerlessCredentials', Effect: 'Allow', Action: SERVERLESS_CREDENTIALS_ACTION, Resource: redshiftWorkgroupArn(partition, r.region, accountId, r.workgroupId) }
      ]
    }
  }
  const arn = (type: 'dbuser' | 'dbname' | 'dbgroup', name: string) => redshiftClusterArn(partition, r.region, accountId, type, r.clusterId, name)
  // A request that names a database needs its dbname resource allowed, and drivers send the one in the
  // connection URL (GetClusterCredentials, DbName: "If the database name is specified, the IAM policy must
  // allow access to the resource dbname"): without db-name, any database of the cluster.
  const resources = [arn('dbuser', r.dbUser), arn('dbname', r.dbName ?? '*')]
  const credentials: Statement = { Sid: 'GetClusterCredentials', Effect: 'Allow', Action: CLUSTER_CREDENTIALS_ACTION, Resource: resources }
  // The dbname resource is checked only for a request that names a database, and one that names none gets
  // credentials for any database ("If DbName is not specified, DbUser can log on to any existing database"): with
  // db-name, the request must name that one (redshift:DbName, absent from a request without DbName, so it is refused).
  if (r.dbName) credentials.Condition = { StringEquals: { [DB_NAME_KEY]: r.dbName } }
  const statements: Statement[] = [credentials]
  if (r.autoCreate) statements.push({ Sid: 'CreateDbUser', Effect: 'Allow', Action: CREATE_USER_ACTION, Resource: arn('dbuser', r.dbUser) })
  if (r.dbGroups.length > 0) {
    const groups = r.dbGroups.map((g) => arn('dbgroup', g))
    statements.push({ Sid: 'JoinDbGroups', Effect: 'Allow', Action: JOIN_GROUP_ACTION, Resource: groups.length === 1 ? groups[0] : groups })
  }
  return { Version: POLICY_VERSION, Statement: statements }
}

export const REDSHIFT_DB_AUTH_POLICY: RolePolicyModule = {
  file: 'redshift-db-auth-policy.json',
  output: 'redshift-db-auth-policy',
  policyName: 'redshift-temp-creds-db-auth',
  purpose: 'inline policy for the role (Redshift database credentials)',
  key: 'RedshiftDbAuth',
  build: redshiftDbAuthPolicyFor
}
