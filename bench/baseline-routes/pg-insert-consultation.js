// Baseline plugin for the ingest scenario: POST a consultation and do exactly one pg INSERT of the
// same row shape, with the values the service would store (the ids come in the body). The limit of
// HTTP + JSON + one insert on this machine, with nothing of the service's checks in the way.
import pg from 'pg';

export default async function pgInsertConsultation(app, { databaseUrl, poolMax }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolMax });
  await pool.query('SELECT 1');
  app.addHook('onClose', () => pool.end());

  app.post('/baseline/consultations', async (request, reply) => {
    const b = request.body;
    const { rows } = await pool.query(
      `INSERT INTO consultations (agency_id, fair_id, company_id, buyer_country, occurred_at, local_date, type,
                                  product_interest, estimated_amount, estimated_currency, estimated_usd, stage, notes,
                                  logged_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, 'booth', $7, $8, $9, $8, 'consulted', $10, $11, 1) RETURNING id, created_at`,
      [b.agencyId, b.fairId, b.companyId, b.buyerCountry, b.occurredAt, b.occurredAt.slice(0, 10), b.productInterest,
        b.estimatedValue.amount, b.estimatedValue.currency, b.notes, b.loggedBy],
    );
    reply.code(201);
    return { ...rows[0], ...b };
  });
}
