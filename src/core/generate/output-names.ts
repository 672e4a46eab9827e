// The names of the files `generate` writes that are not policies: its
// manifest and the deploy templates. Kept here, importing nothing, so that
// validate can tell these files from policies without loading generate.
export const MANIFEST_FILE = 'manifest.json'
export const CLOUDFORMATION_FILES = { role: 'cloudformation-template.json', requester: 'cloudformation-requester-template.json' } as const
export const TERRAFORM_FILES = { role: 'redshift-temp-creds.tf.json', requester: 'redshift-temp-creds-requester.tf.json' } as const

/** What each deploy template is, by its file name. */
export const TEMPLATE_KINDS: ReadonlyMap<string, string> = new Map([
  [CLOUDFORMATION_FILES.role, 'the CloudFormation template'],
  [CLOUDFORMATION_FILES.requester, 'the CloudFormation template for the requester'],
  [TERRAFORM_FILES.role, 'the Terraform configuration'],
  [TERRAFORM_FILES.requester, 'the Terraform configuration for the requester']
])
