/** The end of the chosen day in the browser's zone, as the instant the API takes; empty means no expiry. */
export function expiryFrom(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day, 23, 59, 59).toISOString();
}
