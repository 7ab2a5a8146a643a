import type { BuyerRef, CompanyRef } from './import-records.repository.js';

/** A map that reads through to its parent and keeps its own entries until merged into it. */
class LayeredMap<K, V> {
  private readonly own = new Map<K, V>();

  constructor(private readonly parent?: LayeredMap<K, V>) {}

  has(key: K): boolean {
    return this.own.has(key) || (this.parent?.has(key) ?? false);
  }

  get(key: K): V | undefined {
    return this.own.has(key) ? this.own.get(key) : this.parent?.get(key);
  }

  set(key: K, value: V): void {
    this.own.set(key, value);
  }

  mergeIntoParent(): void {
    if (!this.parent) return;
    for (const [key, value] of this.own) this.parent.set(key, value);
  }

  child(): LayeredMap<K, V> {
    return new LayeredMap(this);
  }
}

/**
 * What an import has already looked up (companies by registration number and by name, buyers by
 * email — `null` when the agency has none — and the companies already exhibiting at the fair), kept
 * for the import's life so each batch asks the database only about names it has not seen.
 *
 * A batch works on a `child()`, and a retried part of a batch on a child of that: whatever a part
 * created is forgotten with it when its savepoint is rolled back, and a batch's findings reach the
 * import's lookups (`merge()`) only once its transaction has committed (never for a dry run, whose
 * creations are rolled back). The lookups are one agency's: the run that makes them is one import.
 */
export class ImportLookups {
  readonly companiesByNumber: LayeredMap<string, CompanyRef | null>;
  readonly companiesByName: LayeredMap<string, CompanyRef | null>;
  readonly buyersByEmail: LayeredMap<string, BuyerRef | null>;
  readonly participants: LayeredMap<string, true>;

  constructor(parent?: ImportLookups) {
    this.companiesByNumber = parent ? parent.companiesByNumber.child() : new LayeredMap();
    this.companiesByName = parent ? parent.companiesByName.child() : new LayeredMap();
    this.buyersByEmail = parent ? parent.buyersByEmail.child() : new LayeredMap();
    this.participants = parent ? parent.participants.child() : new LayeredMap();
  }

  child(): ImportLookups {
    return new ImportLookups(this);
  }

  merge(): void {
    this.companiesByNumber.mergeIntoParent();
    this.companiesByName.mergeIntoParent();
    this.buyersByEmail.mergeIntoParent();
    this.participants.mergeIntoParent();
  }

  /** The company a row names: by registration number when it has one and it is known, else by name. */
  company(registrationNumber: string | null, name: string): CompanyRef | undefined {
    const byNumber = registrationNumber === null ? null : this.companiesByNumber.get(registrationNumber);
    return byNumber ?? this.companiesByName.get(name) ?? undefined;
  }

  /**
   * Records what the database answered for these numbers and names (`found` in creation order):
   * each number its company, each name the first company with that name or local name, else null.
   */
  rememberCompanies(numbers: readonly string[], names: readonly string[], found: readonly CompanyRef[]): void {
    const byNumber = new Map<string, CompanyRef>();
    const byName = new Map<string, CompanyRef>();
    for (const company of found) {
      if (company.registrationNumber !== null) byNumber.set(company.registrationNumber, company);
      for (const name of [company.name, company.localName]) if (name !== null && !byName.has(name)) byName.set(name, company);
    }
    for (const number of numbers) this.companiesByNumber.set(number, byNumber.get(number) ?? null);
    for (const name of names) this.companiesByName.set(name, byName.get(name) ?? null);
  }

  rememberBuyers(emails: readonly string[], found: readonly BuyerRef[]): void {
    const byEmail = new Map(found.map((buyer) => [buyer.email, buyer]));
    for (const email of emails) this.buyersByEmail.set(email, byEmail.get(email) ?? null);
  }
}
