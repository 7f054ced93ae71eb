/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Jest's default leaves one core idle: on a 2-core machine the suites would run one at a time.
  // Much of their time is spent waiting on Chromium, npm and child processes; with one worker per
  // core jest took 392 to 422 s here, against 528 s with the default.
  maxWorkers: '100%',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', importSource: 'preact' } },
          target: 'es2020',
        },
        module: { type: 'commonjs' },
      },
    ],
    '^.+\\.css$': '<rootDir>/test/helpers/css-transform.cjs',
  },
  // parse5 and its entities dependency ship ESM only: compile them like our own sources.
  transformIgnorePatterns: ['/node_modules/(?!(parse5|entities)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json', 'css'],
};
