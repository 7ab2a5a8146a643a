import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { QueryInt } from './dto-fields.js';
import { ValidationProblem } from './problem.js';

export const MAX_PAGE_SIZE = 500;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s `nextCursor`' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  @IsIssuedCursor()
  cursor?: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Keyset position: rows are ordered by (createdAt, id), both ascending. */
export interface CursorPosition {
  createdAt: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/** The position a cursor this API issued stands for, or null for anything else. */
export function parseCursor(cursor: string): CursorPosition | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      isIsoInstant(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed[1])
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // not base64url JSON: not one of ours
  }
  return null;
}

/** Issued cursors hold `Date#toISOString()` output, exactly. */
const isIsoInstant = (value: string): boolean => {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
};

const CURSOR_MESSAGE = 'cursor is not one this API issued';

export function decodeCursor(cursor: string): CursorPosition {
  const position = parseCursor(cursor);
  if (position === null) throw new ValidationProblem([{ field: 'cursor', message: CURSOR_MESSAGE }]);
  return position;
}

/**
 * Checked with the rest of the query, before the handler runs: a list that streams (the exports)
 * decodes its cursor only once the response has begun, too late for a 400.
 */
function IsIssuedCursor(): PropertyDecorator {
  return ValidateBy({
    name: 'isIssuedCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parseCursor(value) !== null,
      defaultMessage: () => CURSOR_MESSAGE,
    },
  });
}

/** The usual cursor: the (createdAt, id) keyset position of the page's last row. */
const keysetCursorOf = (last: { createdAt: Date; id: string }): string =>
  encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id });

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells whether a next page exists.
 * The next cursor is made from the page's last row, by `cursorOf` when a list orders otherwise.
 */
export function toPage<R extends { createdAt: Date; id: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T>;
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, cursorOf: (last: R) => string): Page<T>;
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  cursorOf: (last: R) => string = keysetCursorOf as (last: R) => string,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    data: pageRows.map(map),
    nextCursor: rows.length > limit && last ? cursorOf(last) : null,
  };
}

/** Orders by (createdAt, id) and continues after the cursor: the stable order of every list. */
export function keysetPage<Q extends { andWhere: (where: string, params: object) => Q; orderBy: (sort: string, order: 'ASC') => Q; addOrderBy: (sort: string, order: 'ASC') => Q; limit: (limit: number) => Q }>(
  query: Q,
  alias: string,
  page: PageQueryDto,
): Q {
  if (page.cursor !== undefined) {
    const after = decodeCursor(page.cursor);
    query.andWhere(`(${alias}.createdAt, ${alias}.id) > (:cursorCreatedAt, :cursorId)`, {
      cursorCreatedAt: after.createdAt,
      cursorId: after.id,
    });
  }
  return query.orderBy(`${alias}.createdAt`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(page.limit + 1);
}

/**
 * `keysetPage` for raw SQL lists: the (created_at, id) condition after the cursor and the ORDER BY …
 * LIMIT of `limit + 1` rows, with parameters numbered after those already used.
 */
export function keysetSql(alias: string, page: PageQueryDto, used: number): { where: string; tail: string; params: unknown[] } {
  const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
  return {
    where: after ? ` AND (${alias}.created_at, ${alias}.id) > ($${used + 1}, $${used + 2})` : '',
    tail: ` ORDER BY ${alias}.created_at, ${alias}.id LIMIT ${page.limit + 1}`,
    params: after ? [after.createdAt, after.id] : [],
  };
}
