/**
 * How a shipment is known: the company said so (`self_reported`), a document backs it (`document`:
 * an uploaded file), or a manager checked it (`verified`, audited with who and when).
 */
export const SHIPMENT_EVIDENCE = ['self_reported', 'document', 'verified'] as const;
export type ShipmentEvidence = (typeof SHIPMENT_EVIDENCE)[number];
