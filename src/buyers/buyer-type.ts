export const BUYER_TYPES = [
  'distributor',
  'importer',
  'hospital',
  'clinic',
  'government_procurement',
  'manufacturer',
  'retailer',
  'other',
] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];
