import { isDriverError } from '../../common/errors.js';
import { ConflictProblem } from '../../common/problem.js';

/** What each database guard of the meetings table protects, for the 409 it becomes. */
const GUARDS: Record<string, { conflict: string; detail: string }> = {
  meetings_company_conflict: { conflict: 'company', detail: 'The company already has a meeting at that time' },
  meetings_buyer_conflict: { conflict: 'buyer', detail: 'The buyer already has a meeting at that time' },
  meetings_interpreter_conflict: { conflict: 'interpreter', detail: 'The interpreter already has a meeting at that time' },
  meetings_table_conflict: { conflict: 'table', detail: 'The table is taken at that time' },
  meetings_session_hours: { conflict: 'hours', detail: "The slot lies outside the session's hours" },
};

/**
 * An exclusion-constraint (23P01) or session-hours (23514) violation as a 409 naming the conflict in
 * `conflict` (company, buyer, interpreter, table or hours); null for any other error.
 */
export function meetingConflict(error: unknown): ConflictProblem | null {
  const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
  const guard = constraint === undefined ? undefined : GUARDS[constraint];
  if (!guard || !(isDriverError(error, '23P01') || isDriverError(error, '23514'))) return null;
  return new ConflictProblem(guard.detail, { conflict: guard.conflict });
}

export const outsideHours = (detail: string): ConflictProblem => new ConflictProblem(detail, { conflict: 'hours' });
