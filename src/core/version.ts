// Kept equal to package.json's version by __tests__/version.test.ts; written
// into manifest.json so a deployment job knows which generator made the files.
export const ACTION_NAME = 'redshift-temp-creds-action'
export const ACTION_VERSION = '1.0.0'
