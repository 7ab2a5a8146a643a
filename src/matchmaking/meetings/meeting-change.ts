import type { RecordChange } from '../../changes/change-event.js';

/**
 * A meeting's event: `meeting.created` for a request, then one per step named by the status it reaches
 * (`meeting.accepted`, `meeting.scheduled`, `meeting.held`, `meeting.no_show` …), and
 * `meeting.updated` for anything else (the consultation it became).
 */
export const meetingChange = (agencyId: string, row: { id: string; fairId: string; version: number }, action: string, fields: string[] = []): RecordChange => ({
  agencyId, fairId: row.fairId, recordType: 'meeting', recordId: row.id, version: row.version, action, changedFields: fields,
});
