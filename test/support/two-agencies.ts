import { seedAgency, startTestApp, type SeededAgency, type TestApp } from './test-app.js';

/**
 * The setup most specs share: the app on this file's own database, agency `a` (one signed-in user per
 * role) whose records the spec writes, and agency `b`, the other tenant, whose users must see a 404
 * for every one of `a`'s objects.
 */
export interface TwoAgencies {
  test: TestApp;
  a: SeededAgency;
  b: SeededAgency;
}

export async function startTwoAgencies(overrides: Record<string, string> = {}): Promise<TwoAgencies> {
  const test = await startTestApp(overrides);
  return { test, a: await seedAgency(test, 'Wonju'), b: await seedAgency(test, 'Gimhae') };
}
