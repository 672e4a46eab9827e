// The corpus suite: real-world policies that live outside the repository
// (../shared/corpus, or RTC_CORPUS_DIR). `npm run test:corpus` (scripts/test-corpus.mjs) runs it; `npm test`
// never does, so a plain clone needs nothing outside itself.
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__corpus__/**/*.test.ts'],
  testTimeout: 600000
}
