#!/usr/bin/env node
// `npm run bench`: every figure is a ratio against a floor measured in the
// same run on the same machine, never an absolute time compared with a number
// from elsewhere.
import { benchGenerate } from './generate.mjs'
import { fmt } from './util.mjs'

console.log(`Node ${process.version} (${process.execPath})`)
console.log(`NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'not set'} (applies to both sides)\n`)

const gen = benchGenerate()
console.log('generate: one whole `node dist/index.js` run vs a bare `node -e 0`')
console.log(`  median of ${gen.runs}: action ${fmt(gen.actionMs)}, node -e 0 ${fmt(gen.bareMs)}, ratio ${gen.ratio.toFixed(2)}x (aim < 3x)`)
