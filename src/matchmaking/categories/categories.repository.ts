import { Injectable } from '@nestjs/common';
import { isUniqueViolation, RuleProblem } from '../../common/errors.js';
import { ConflictProblem } from '../../common/problem.js';
import { Transactions } from '../../database/transactions.js';
import type { CategoryDto } from './categories.dto.js';

@Injectable()
export class CategoriesRepository {
  constructor(private readonly transactions: Transactions) {}

  list(agencyId: string): Promise<CategoryDto[]> {
    return this.transactions.manager.query('SELECT slug, name FROM categories WHERE agency_id = $1 ORDER BY slug', [agencyId]);
  }

  async create(agencyId: string, category: CategoryDto): Promise<CategoryDto> {
    try {
      await this.transactions.manager.query('INSERT INTO categories (agency_id, slug, name) VALUES ($1, $2, $3)', [agencyId, category.slug, category.name]);
      return { slug: category.slug, name: category.name };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictProblem(`Category ${category.slug} already exists in your agency`);
      throw error;
    }
  }

  /** Every slug must be in the agency's vocabulary: a 422 naming the field and the unknown slugs. */
  async assertKnown(agencyId: string, field: string, slugs: string[]): Promise<void> {
    if (slugs.length === 0) return;
    const rows = await this.transactions.manager.query<{ slug: string }[]>(
      'SELECT slug FROM categories WHERE agency_id = $1 AND slug = ANY($2::text[])',
      [agencyId, slugs],
    );
    const known = new Set(rows.map((row) => row.slug));
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length > 0) throw new RuleProblem(field, `unknown categor${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')} (see GET /v1/categories)`);
  }
}
