/**
 * A database error that one row's values caused (SQLSTATE class 22, data exception, or 23, integrity
 * constraint violation): the same row fails the same way on every retry, so it is that row's error,
 * not the batch's. Anything else (a lost connection, a deadlock, a full disk) is the batch's and retried.
 */
export function isRowRefusal(error: unknown): boolean {
  const code = sqlState(error);
  return code !== undefined && (code.startsWith('22') || code.startsWith('23'));
}

function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const found = typeof code === 'string' ? code : driverError?.code;
  return typeof found === 'string' && /^[0-9A-Z]{5}$/.test(found) ? found : undefined;
}

/** The row error a user reads: what kind of value was refused, not PostgreSQL's own wording. */
export function refusalMessage(error: unknown): string {
  const code = sqlState(error) ?? '';
  const constraint = (error as { constraint?: unknown }).constraint;
  if (code === '22021' || code === '22P05') return 'a cell holds a character the database cannot store (a NUL byte, or text that is not valid Unicode)';
  if (code === '22001') return 'a value is too long to store';
  if (code === '22003') return 'a number is out of the range the database can store';
  if (code === '22007' || code === '22008') return 'a date or time is out of the range the database can store';
  if (code.startsWith('23')) return `the row breaks a rule of the database${typeof constraint === 'string' ? ` (${constraint})` : ''}`;
  return `the database refused a value of this row (SQLSTATE ${code})`;
}
