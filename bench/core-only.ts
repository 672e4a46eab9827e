// The floor every JavaScript action that uses @actions/core pays: the bundled
// library (with its HTTP client and undici) reading one input and writing one
// output. `npm run bench` times it next to `node -e 0` and the real action.
import * as core from '@actions/core'

core.setOutput('role-arn', core.getInput('role-name'))
await Promise.resolve()
