import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface CalendarMeeting {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  tableNumber: number;
  company: string;
  buyer: string;
  buyerCountry: string;
  interpreter: string | null;
  language: string | null;
}

/** The VTIMEZONE block of an IANA zone, so calendar clients show the fair's wall-clock times. */
const vtimezone = (zone: string): string | null => {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
};

/**
 * An iCalendar (RFC 5545) file of meetings, every time written in the fair's time zone (TZID with
 * its VTIMEZONE). Contains names of organisations only, no personal data.
 */
export function meetingsCalendar(name: string, timezone: string, meetings: CalendarMeeting[], host: string): string {
  const calendar = ical({ name, prodId: { company: 'Pavilion', product: 'meetings' } });
  calendar.timezone({ name: timezone, generator: vtimezone });
  for (const meeting of meetings) {
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      start: DateTime.fromJSDate(meeting.startsAt, { zone: timezone }),
      end: DateTime.fromJSDate(meeting.endsAt, { zone: timezone }),
      timezone,
      summary: `${meeting.company} × ${meeting.buyer} (${meeting.buyerCountry})`,
      location: `Table ${meeting.tableNumber}`,
      description: [
        `Status: ${meeting.status}`,
        ...(meeting.interpreter === null ? [] : [`Interpreter: ${meeting.interpreter}${meeting.language ? ` (${meeting.language})` : ''}`]),
      ].join('\n'),
    });
  }
  return calendar.toString();
}
