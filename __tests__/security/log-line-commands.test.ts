// logInfo writes the step's own words that quote an input or an answer as one
// log line that the runner reads as no workflow command. The runner trims the
// leading white space of a line before it looks for '::' (actions/runner,
// ActionCommand.TryParseV2: `message = message.TrimStart()`), so a line that
// starts with spaces and '::' is a command as much as one that starts with '::'.
import { describe, expect, test } from '@jest/globals'
import { logInfo } from '../../src/report/step-annotations.js'
import { capturingStdout } from '../support/capture-stdout.js'

/** The runner's test of a '::' command line (TryParseV2): after leading white space, '::', then another '::'. */
const isCommand = (line: string) => {
  const trimmed = line.replace(/^[\s\u0085]+/u, '')
  return trimmed.startsWith('::') && trimmed.indexOf('::', 2) > 0
}

describe('logInfo', () => {
  test.each(['::error::x', '  ::error title=t::x', '\t::warning::x', '\u00a0::notice::x', '\u3000::add-mask::x', '\n::error::x'])(
    'text that starts with %j writes no command',
    async (text) => {
      const { printed } = await capturingStdout(async () => logInfo(text))
      expect(printed).toHaveLength(1)
      expect(printed.filter(isCommand)).toEqual([])
      // The words are still there to read.
      expect(printed[0]).toMatch(/(error|warning|notice|add-mask)/)
    }
  )

  test('text that is no command is written as it is', async () => {
    const { printed } = await capturingStdout(async () => logInfo('Wrote 3 files to out: a::b'))
    expect(printed).toEqual(['Wrote 3 files to out: a::b'])
  })
})
