import type { EntityManager } from 'typeorm';

/** The medical-device categories every agency starts with; each agency may add its own. */
export const DEFAULT_CATEGORIES: { slug: string; name: string }[] = [
  { slug: 'diagnostic-imaging', name: 'Diagnostic imaging' },
  { slug: 'in-vitro-diagnostics', name: 'In-vitro diagnostics' },
  { slug: 'patient-monitoring', name: 'Patient monitoring' },
  { slug: 'dental', name: 'Dental' },
  { slug: 'rehabilitation', name: 'Rehabilitation' },
  { slug: 'surgical-instruments', name: 'Surgical instruments' },
  { slug: 'consumables', name: 'Consumables' },
  { slug: 'aesthetics', name: 'Aesthetics' },
  { slug: 'digital-health', name: 'Digital health' },
];

/** Seeds the vocabulary of one agency; idempotent (existing slugs are left as they are). */
export async function seedCategories(manager: EntityManager, agencyId: string): Promise<void> {
  await manager.query(
    `INSERT INTO categories (agency_id, slug, name)
     SELECT $1, slug, name FROM unnest($2::text[], $3::text[]) AS c(slug, name)
     ON CONFLICT (agency_id, slug) DO NOTHING`,
    [agencyId, DEFAULT_CATEGORIES.map((c) => c.slug), DEFAULT_CATEGORIES.map((c) => c.name)],
  );
}
