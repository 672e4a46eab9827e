// Every annotation the step makes, counted. GitHub shows at most ten
// annotations of each level (error, warning, notice) for a step and drops the
// rest, so the step never writes more: a message past a full level goes to
// the log as a plain line instead. The long lists (skipped files, findings)
// are annotated last and take only the room the step's own messages (a
// failed upload, a review that could not comment, the failure itself) leave,
// so those are never the ones GitHub drops.
import * as core from '@actions/core'
import { closeSync, constants, lstatSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { visibleText } from './markdown.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** GitHub shows this many annotations of each level per step and drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10

/**
 * The @actions/core function of each level, named one by one: `core[level]` would make the bundler keep all of
 * @actions/core (its OIDC client, HTTP client and undici) and load it at start-up (__tests__/generate/lazy-load.test.ts).
 */
const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice }

const LOG_PREFIX: Record<AnnotationLevel, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' }

/**
 * One step is one process: the count is the process's. The bundle has this
 * module twice (dist/index.js and the validate layer; see scripts/bundle.mjs),
 * and a failure main.ts reports must count with validate's annotations, so
 * both copies keep the count in one place, under a key of the whole process.
 */
const COUNT_KEY = Symbol.for('redshift-temp-creds-action.annotations-made')
const made: Record<AnnotationLevel, number> = ((globalThis as Record<symbol, unknown>)[COUNT_KEY] ??= { error: 0, warning: 0, notice: 0 }) as Record<AnnotationLevel, number>

/** GitHub shows this many annotations of a job, all its steps together, and drops the rest. */
export const ANNOTATIONS_PER_JOB = 50

/**
 * The annotations earlier steps of this action made in this job. Each step is
 * a process of its own; the steps of a job share RUNNER_TEMP (the runner
 * empties it before each job), so each annotation adds one byte to a file
 * there, named by the run, attempt and job, and a step reads its size once.
 * A second and third `validate` step in one job then stay within GitHub's 50
 * together, the last one's failure included, instead of 30 each, of which
 * GitHub dropped the later ones. Other actions' annotations are not seen.
 */
interface JobCount {
  file?: string
  earlier: number
}

const JOB_KEY = Symbol.for('redshift-temp-creds-action.job-annotations')

function jobCount(): JobCount {
  const store = globalThis as Record<symbol, unknown>
  let job = store[JOB_KEY] as JobCount | undefined
  if (!job) {
    const { RUNNER_TEMP: temp, GITHUB_RUN_ID: run = '', GITHUB_RUN_ATTEMPT: attempt = '', GITHUB_JOB: id = '' } = process.env
    // The runner's own values, made safe as one file name whatever they hold.
    const name = `redshift-temp-creds-action-annotations-${`${run}-${attempt}-${id}`.replace(/[^A-Za-z0-9_.-]/g, '_')}`
    const file = temp ? path.join(temp, name) : undefined
    let earlier = 0
    try {
      if (file) earlier = lstatSync(file).size
    } catch {
      // No file yet: the first step of this action in the job.
    }
    store[JOB_KEY] = job = file ? { file, earlier } : { earlier }
  }
  return job
}

/** Counts one annotation of the step, and in the job's file for the steps after it. */
function counted(level: AnnotationLevel): void {
  made[level]++
  const { file } = jobCount()
  if (!file) return
  try {
    const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600)
    try {
      writeSync(fd, level[0])
    } finally {
      closeSync(fd)
    }
  } catch {
    // Counting for later steps is a courtesy: this step's own limits hold without it.
  }
}

/** The annotations earlier steps of this action made in this job. */
export function jobMadeEarlier(): number {
  return jobCount().earlier
}

/** How many more annotations of any level GitHub would show for the job (see JobCount). */
export function jobAnnotationsLeft(): number {
  return Math.max(0, ANNOTATIONS_PER_JOB - jobCount().earlier - made.error - made.warning - made.notice)
}

/** How many more annotations of this level GitHub would show for the step, within what the job has left. */
export function annotationsLeft(level: AnnotationLevel): number {
  return Math.max(0, Math.min(ANNOTATIONS_PER_LEVEL - made[level], jobAnnotationsLeft()))
}

/**
 * The words of an annotation as one log line. @actions/core escapes an
 * annotation's message, not a log line's: a line break in text from a
 * repository (a file name, a policy's action) would start a line of its own,
 * which the runner reads as a workflow command if it starts with '::'. And a
 * line that is no '::' command is searched for the runner's older form,
 * '##[name properties]data', anywhere in it (actions/runner,
 * ActionCommand.TryParse: `message.IndexOf("##[")`), for every command
 * (stop-commands, add-mask, error...): its bracket is shown escaped.
 */
function logLine(level: AnnotationLevel, message: string): string {
  return `${LOG_PREFIX[level]}: ${plainLine(message)}`
}

/** Text as one log line that the runner reads as no command (see logLine). */
function plainLine(text: string): string {
  // The runner trims a line's leading white space before it looks for '::' (TryParseV2: message.TrimStart()): a
  // backslash before the first ':' keeps such a line from being a command, whatever the text starts with.
  return visibleText(text).replaceAll('##[', '##\\[').replace(LEADING_COMMAND, '$1\\:')
}

/** '::' after nothing but white space (.NET's Char.IsWhiteSpace: JavaScript's \s and NEL), where the runner reads a command. */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/u

/**
 * A log line of the step's own words that quotes an input (a path the
 * workflow gave): written as logLine writes an annotation's words, so
 * `output-dir: out##[stop-commands]t` stops nothing.
 */
export function logInfo(message: string): void {
  core.info(plainLine(message))
}

/** Set while annotate writes (its own commands are counted already): on the process, as the count is. */
const WRITING_KEY = Symbol.for('redshift-temp-creds-action.annotation-writing')
const writing: { own: boolean } = ((globalThis as Record<symbol, unknown>)[WRITING_KEY] ??= { own: false }) as { own: boolean }

/** An annotation while the level has room; after that the same words as a log line. */
export function annotate(level: AnnotationLevel, message: string, properties?: core.AnnotationProperties): void {
  if (annotationsLeft(level) === 0) {
    core.info(logLine(level, message))
    return
  }
  counted(level)
  writing.own = true
  try {
    if (properties) ANNOTATE[level](message, properties)
    else ANNOTATE[level](message)
  } finally {
    writing.own = false
  }
}

/** An annotation command at a line's start, as @actions/core writes one (`::warning file=...::text`). */
const ANNOTATION_COMMAND = /^::(error|warning|notice)(?=[ :])/gm

/**
 * Runs `work` (a library's call: @actions/artifact's upload) counting the
 * annotations it writes itself, through its own @actions/core calls, with the
 * step's: they take GitHub's room of ten a level as the step's own do, and
 * left uncounted the step's later annotations (the findings') went past ten,
 * and GitHub dropped some. The library writes them as workflow commands on
 * stdout: they are counted there, while `work` runs.
 */
export async function countingAnnotationsOf<T>(work: () => Promise<T>): Promise<T> {
  const stdout = process.stdout
  const write = stdout.write
  const counting = function (this: unknown, chunk: unknown, ...rest: unknown[]) {
    if (!writing.own) {
      const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : ''
      for (const [, level] of text.matchAll(ANNOTATION_COMMAND)) counted(level as AnnotationLevel)
    }
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  }
  stdout.write = counting as typeof stdout.write
  try {
    return await work()
  } finally {
    // Put back only if nobody replaced it meanwhile.
    if (stdout.write === counting) stdout.write = write
  }
}

/**
 * Fails the step as core.setFailed does (exit code 1 and an error
 * annotation), the annotation counted like any other; the validate mode
 * keeps room for it.
 */
export function failStep(message: string): void {
  process.exitCode = core.ExitCode.Failure
  annotate('error', message)
}
