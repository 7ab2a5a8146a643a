import { join } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOT = join(import.meta.dirname, '..');

/** The rules of `.dependency-cruiser.cjs` applied to `src/` under `baseDir`, as `npm run lint:arch` applies them. */
async function violations(baseDir = ROOT): Promise<IViolation[]> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(join(ROOT, 'tsconfig.json'));
  const result = await cruise(['src'], { ...options, baseDir, validate: true }, {}, { tsConfig });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a cruise result');
  return result.output.summary.violations;
}

const describeViolation = (v: IViolation): string => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`;

describe('architecture (.dependency-cruiser.cjs)', () => {
  it('src/ has no kernel folder importing a feature and no folder or file cycle', async () => {
    expect((await violations()).map(describeViolation)).toEqual([]);
  }, 120_000);

  it('refuses a kernel folder that imports a feature, and folders that import each other at any level', async () => {
    const found = await violations(join(ROOT, 'test/fixtures/architecture'));
    const rules = found.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(rules).toContain('kernel-imports-feature: src/common/format.ts -> src/fairs/fair.ts');
    const folderCycles = found.filter((v) => v.rule.name === 'folder-cycle').map((v) => [v.from, v.to].sort().join(' ~ '));
    expect(folderCycles).toContain('src/outcomes ~ src/webhooks');
    expect(folderCycles).toContain('src/matchmaking/meetings ~ src/matchmaking/scheduling');
    expect(found.filter((v) => v.rule.name === 'module-cycle')).toEqual([]);
  }, 120_000);
});
