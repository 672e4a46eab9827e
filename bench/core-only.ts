// The floor every JavaScript action that uses @actions/core pays: the bundled
// library reading one input and writing one output, bundled as dist/ is (so
// without the OIDC client it never calls: scripts/bundle.mjs). `npm run bench`
// times it next to `node -e 0` and the real action.
import * as core from '@actions/core'

core.setOutput('role-arn', core.getInput('role-name'))
await Promise.resolve()
