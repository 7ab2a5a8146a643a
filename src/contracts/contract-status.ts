/** expected = 계약추진, provisional = 가계약, signed = 체결; cancelled counts nowhere. */
export const CONTRACT_STATUSES = ['expected', 'provisional', 'signed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/**
 * When a signing happened: during the fair (`on_site`) or after it (`later`). Stored as the contract's
 * `on_site` flag, set at write time (an explicit `onSite`, else whether `signedOn` lies within the
 * fair's dates, which are fair-local dates like `signedOn`); null while the contract has no signing date.
 */
export const SIGNED_PHASES = ['on_site', 'later'] as const;
export type SignedPhase = (typeof SIGNED_PHASES)[number];

export const signedPhase = (onSite: boolean | null): SignedPhase | null => (onSite === null ? null : onSite ? 'on_site' : 'later');
