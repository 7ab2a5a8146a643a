/** The filters both record lists share, plus each list's own (stage for consultations, status for contracts). */
export const FILTER_KEYS = ['fairId', 'companyId', 'country', 'stage', 'status', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/**
 * The list query the API takes, from the address bar's search parameters: only known keys, no empty
 * values, the country upper-cased (the API wants ISO 3166-1 alpha-2), and only the keys this list has.
 */
export function filtersFrom(params: URLSearchParams, keys: readonly FilterKey[]): Filters {
  const filters: Filters = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    filters[key] = key === 'country' ? value.toUpperCase() : value;
  }
  return filters;
}

/** The search parameters for `filters` (empty values dropped, the country upper-cased), to put in the address bar. */
export function paramsFor(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) params.set(key, key === 'country' ? value.toUpperCase() : value);
  }
  return params;
}
