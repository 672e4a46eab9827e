import * as core from '@actions/core'
import { parseGenerateInputs } from '../src/core/generate/inputs.js'
import { checkWriteTarget } from '../src/report/files.js'
import { documentsFor } from '../src/core/generate/documents.js'
import { fileSetFor } from '../src/core/generate/file-set.js'
import { generateSummary } from '../src/report/generate-summary.js'
const t: number[] = [performance.now()]
const read = (n: string) => core.getInput(n)
const p1 = parseGenerateInputs(read); t.push(performance.now())
const p2 = parseGenerateInputs(read); t.push(performance.now())
if (!p1.ok) throw new Error('bad')
const inputs = p1.value
const w1 = checkWriteTarget('output-dir', inputs.outputDir, 'folder'); t.push(performance.now())
const w2 = checkWriteTarget('output-dir', inputs.outputDir, 'folder'); t.push(performance.now())
const d1 = documentsFor(inputs); t.push(performance.now())
const d2 = documentsFor(inputs); t.push(performance.now())
const f1 = fileSetFor(inputs, d1, inputs.formats); t.push(performance.now())
const f2 = fileSetFor(inputs, d1, inputs.formats); t.push(performance.now())
const s1 = generateSummary(inputs, d1, f1, '/x', { name: 'a', skipped: 'x' }); t.push(performance.now())
const s2 = generateSummary(inputs, d1, f1, '/x', { name: 'a', skipped: 'x' }); t.push(performance.now())
const names = ['inputs', 'inputs2', 'target', 'target2', 'docs', 'docs2', 'files', 'files2', 'summary', 'summary2']
console.log(names.map((n, i) => `${n} ${(t[i + 1] - t[i]).toFixed(2)}`).join('  '), !!w1 && !!w2 && !!d2 && !!f2 && s1.length === s2.length && p2.ok)
