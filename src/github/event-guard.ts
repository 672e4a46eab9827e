// Imported for its effect, before @actions/github: see guardEventPath. That
// order holds when the modules run from source; in the bundle, where code
// split into chunks need not run in import order, validate.ts guards the event
// before it loads the review module (loadReview), and report/artifact.ts before
// it loads the artifact client.
import { guardEventPath } from './event.js'

guardEventPath()
