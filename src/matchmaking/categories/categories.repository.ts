import { Injectable } from '@nestjs/common';
import { Transactions } from '../../database/transactions.js';
import type { CategoryDto } from './categories.dto.js';
import { DEFAULT_CATEGORIES } from './category-vocabulary.js';

/** The agency's category vocabulary: queries only (the rules are in CategoriesService). */
@Injectable()
export class CategoriesRepository {
  constructor(private readonly transactions: Transactions) {}

  list(agencyId: string): Promise<CategoryDto[]> {
    return this.transactions.manager.query('SELECT slug, name FROM categories WHERE agency_id = $1 ORDER BY slug', [agencyId]);
  }

  async insert(agencyId: string, category: CategoryDto): Promise<void> {
    await this.transactions.manager.query('INSERT INTO categories (agency_id, slug, name) VALUES ($1, $2, $3)', [agencyId, category.slug, category.name]);
  }

  /** Gives the agency the default vocabulary; idempotent (slugs it has are left as they are). */
  async insertDefaults(agencyId: string): Promise<void> {
    await this.transactions.manager.query(
      `INSERT INTO categories (agency_id, slug, name)
       SELECT $1, slug, name FROM unnest($2::text[], $3::text[]) AS c(slug, name)
       ON CONFLICT (agency_id, slug) DO NOTHING`,
      [agencyId, DEFAULT_CATEGORIES.map((c) => c.slug), DEFAULT_CATEGORIES.map((c) => c.name)],
    );
  }

  /** Which of `slugs` the agency's vocabulary holds. */
  async known(agencyId: string, slugs: string[]): Promise<Set<string>> {
    const rows = await this.transactions.manager.query<{ slug: string }[]>(
      'SELECT slug FROM categories WHERE agency_id = $1 AND slug = ANY($2::text[])',
      [agencyId, slugs],
    );
    return new Set(rows.map((row) => row.slug));
  }
}
