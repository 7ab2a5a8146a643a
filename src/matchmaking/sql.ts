import { camelCase } from '../common/case.js';
import { decodeCursor, type PageQueryDto } from '../common/pagination.js';

/** A raw row (snake_case columns) as camelCase properties; pg already gives dates and arrays. */
export const camelRow = <T>(row: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(row).map(([column, value]) => [camelCase(column), value])) as T;

/**
 * Keyset paging for raw SQL lists: the (created_at, id) condition after the cursor and the ORDER BY …
 * LIMIT of `limit + 1` rows, with parameters numbered after those already used.
 */
export function keyset(alias: string, page: PageQueryDto, used: number): { where: string; tail: string; params: unknown[] } {
  const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
  return {
    where: after ? ` AND (${alias}.created_at, ${alias}.id) > ($${used + 1}, $${used + 2})` : '',
    tail: ` ORDER BY ${alias}.created_at, ${alias}.id LIMIT ${page.limit + 1}`,
    params: after ? [after.createdAt, after.id] : [],
  };
}
