import { Injectable } from '@nestjs/common';
import { isUniqueViolation, RuleProblem } from '../../common/errors.js';
import { ConflictProblem } from '../../common/problem.js';
import type { CategoryDto } from './categories.dto.js';
import { CategoriesRepository } from './categories.repository.js';

/** The agency's product-category vocabulary: slugs are unique per agency, and profiles use only known ones. */
@Injectable()
export class CategoriesService {
  constructor(private readonly categories: CategoriesRepository) {}

  list(agencyId: string): Promise<CategoryDto[]> {
    return this.categories.list(agencyId);
  }

  async create(agencyId: string, category: CategoryDto): Promise<CategoryDto> {
    try {
      await this.categories.insert(agencyId, category);
      return { slug: category.slug, name: category.name };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictProblem(`Category ${category.slug} already exists in your agency`);
      throw error;
    }
  }

  /** Every slug must be in the agency's vocabulary: a 422 naming the field and the unknown slugs. */
  async assertKnown(agencyId: string, field: string, slugs: string[]): Promise<void> {
    if (slugs.length === 0) return;
    const known = await this.categories.known(agencyId, slugs);
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length > 0) throw new RuleProblem(field, `unknown categor${unknown.length === 1 ? 'y' : 'ies'}: ${unknown.join(', ')} (see GET /v1/categories)`);
  }
}
