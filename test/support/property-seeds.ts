/**
 * The seeds every fast-check property runs with, so a red run can be replayed.
 *
 * A property runs once per seed of its fixed set (the project's base seed, plus the seeds that once
 * found a bug there, kept as regressions) and once with a random seed drawn for this test file and
 * printed. `PROPERTY_SEED=<seed>` runs
 * only that seed: copy it from the test's name (`… (seed 1548391696)`) or from the printed line.
 */
const pinned = process.env.PROPERTY_SEED;

function parsePinned(text: string): number {
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer, not ${JSON.stringify(text)}`);
  return seed;
}

/** Every property's first seed: the same cases on every run and machine. */
export const BASE_SEED = 20261122;

let drawn: number | undefined;

/** This file's random seed (or PROPERTY_SEED), printed once so the run can be replayed. */
export function searchSeed(): number {
  if (pinned !== undefined && pinned !== '') return parsePinned(pinned);
  if (drawn === undefined) {
    drawn = Math.floor(Math.random() * 2 ** 31);
    process.stdout.write(`fast-check: random seed ${drawn} (replay with PROPERTY_SEED=${drawn})\n`);
  }
  return drawn;
}

/** The base seed and the property's regression seeds, then the random one; only PROPERTY_SEED when it is set. */
export function propertySeeds(regressions: readonly number[] = []): number[] {
  if (pinned !== undefined && pinned !== '') return [parsePinned(pinned)];
  return [...new Set([BASE_SEED, ...regressions, searchSeed()])];
}
