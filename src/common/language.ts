/** The languages users read Pavilion in: mails, and the web app. */
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
