/**
 * What a partner key may read. `buyers:pii` adds personal data — buyers' and companies' contact name,
 * email and phone — to responses, and allows filtering on it. `followups:read` adds companies'
 * individual follow-up answers to the survey results (with `outcomes:read` alone: the aggregates).
 */
export const API_KEY_SCOPES = [
  'fairs:read',
  'outcomes:read',
  'consultations:read',
  'contracts:read',
  'companies:read',
  'buyers:read',
  'buyers:pii',
  'followups:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
