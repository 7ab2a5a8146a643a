import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The fairs a fair-limited API key may see; null: every fair of the agency. */
export type FairLimit = readonly string[] | null;

export const withinFairs = (limit: FairLimit, fairId: string): boolean => limit === null || limit.includes(fairId);

/** Narrows a list query to the limit's fairs, in SQL. */
export function limitToFairs<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, limit: FairLimit): SelectQueryBuilder<T> {
  return limit === null ? query : query.andWhere(`${column} = ANY(:fairLimit)`, { fairLimit: [...limit] });
}
