// ESM Jest: the @actions/* packages are ESM-only, so tests run under
// --experimental-vm-modules (see package.json "test") and mock with
// jest.unstable_mockModule.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // In-process tests run as off a runner (see the file).
  setupFiles: ['<rootDir>/__tests__/support/no-runner-temp.ts'],
  testTimeout: 60000,
  // Jest's transform cache stays with the checkout, not in the temp directory.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest'
}
