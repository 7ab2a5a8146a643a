import { TEMPLATE_DB, withAdmin } from './global-setup.js';

export default async function globalTeardown() {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`));
}
