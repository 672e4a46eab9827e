// Imported for its effect, before @actions/github: see guardEventPath.
import { guardEventPath } from './event.js'

guardEventPath()
