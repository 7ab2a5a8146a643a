import { withAdmin } from './global-setup.js';

export default async function globalTeardown() {
  const template = process.env.TEST_TEMPLATE_DB;
  if (template) await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
}
