/** expected = 계약추진, signed = 체결; cancelled counts nowhere. */
export const CONTRACT_STATUSES = ['expected', 'signed', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
