/**
 * The architecture check (`npm run lint:arch`, and src/architecture.spec.ts as a test): the kernel
 * folders import no feature, and no two folders of src/ import each other, even through others.
 * The kernel: what every feature may import and which imports none of them.
 */
const KERNEL = ['config', 'redis', 'database', 'jobs', 'common', 'tenancy', 'idempotency', 'changes'];
const kernel = `^src/(${KERNEL.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'kernel-imports-feature',
      severity: 'error',
      comment:
        'A kernel folder (config, redis, database, jobs, common, tenancy, idempotency, changes) imports only kernel folders: ' +
        'move the shared contract (a type, token, decorator) into the kernel, or let the feature listen to the change feed.',
      from: { path: kernel },
      to: { path: '^src/', pathNot: kernel },
    },
    {
      name: 'folder-cycle',
      severity: 'error',
      comment:
        'Folders of src/, at every level (src/matchmaking/meetings as much as src/outcomes), form no cycle: move what both sides share into a kernel folder, or invert the dependency ' +
        '(an interface in the lower folder, an event on the change feed).',
      scope: 'folder',
      from: { path: '^src/' },
      to: { path: '^src/', circular: true },
    },
    {
      name: 'module-cycle',
      severity: 'error',
      comment: 'Files import each other in a loop.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
