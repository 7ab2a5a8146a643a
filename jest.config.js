/**
 * Jest in ESM mode (NestJS 12 is ESM-only): @swc/jest transforms TypeScript with decorator metadata,
 * relative `./x.js` imports map back to their `.ts` sources, and the few ESM-only packages Fastify's
 * inject and Swagger pull in are transformed too. Type errors are caught by `npm run typecheck`.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
    },
    module: { type: 'es6' },
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition)/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['reflect-metadata'],
  testEnvironment: 'node',
};

export default {
  // E2e specs start apps, workers and CLI processes: 5 s is too short on a busy 2-core machine.
  testTimeout: 30000,
  // On 2 cores jest runs the files in band, in its own process: a Redis connection some
  // spec leaves open would keep the run from ending after its results are written. Found at merge
  // time, not yet traced to its spec (see README, Tests).
  forceExit: true,
  // Jest leaks every ESM module graph of a file it ran (vm modules): in band, one process grew to the
  // heap limit near the end of the suite and spent the last files in garbage collection (a CI run's
  // in-process worker missed its BullMQ lock renewals). With a limit, the files run in a child process
  // that is replaced whenever a file leaves it above 1.5 GB.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...shared, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/migrations/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      // The web app in Debian's Chromium (playwright-core) against real API and worker processes.
      ...shared,
      displayName: 'browser',
      rootDir: '.',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
  ],
};
