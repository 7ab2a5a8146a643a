const PERSONAL_FILTERS = Symbol('pavilion:personal-data-filters');

/**
 * Marks a query parameter that filters on personal data (a buyer's email, say). One result or none
 * tells whether a person is on file, so filtering needs the same right as reading the field:
 * `canReadPersonalData`. Enforced for every route by the auth module's PersonalDataFilterGuard.
 */
export const PersonalDataFilter = (): PropertyDecorator => (target, property) => {
  const own = (Reflect.getOwnMetadata(PERSONAL_FILTERS, target.constructor) as string[] | undefined) ?? [];
  Reflect.defineMetadata(PERSONAL_FILTERS, [...own, String(property)], target.constructor);
};

/** The personal-data filters a query DTO class declares, its ancestors' included. */
export const personalDataFilters = (type: unknown): string[] =>
  typeof type === 'function' ? ((Reflect.getMetadata(PERSONAL_FILTERS, type) as string[] | undefined) ?? []) : [];
