import { meetingsCalendar } from './meetings-calendar.js';

describe('meetingsCalendar', () => {
  it("writes times in the fair's zone with its VTIMEZONE, also across midnight UTC", () => {
    // 23:40–00:00 in New York (EDT, UTC−4) is 03:40–04:00 UTC the next day.
    const text = meetingsCalendar('Company A', 'America/New_York', [
      {
        id: 'm1',
        startsAt: new Date('2026-05-16T03:40:00Z'),
        endsAt: new Date('2026-05-16T04:00:00Z'),
        status: 'scheduled',
        tableNumber: 2,
        company: 'Company A',
        buyer: 'Buyer B',
        buyerCountry: 'US',
        interpreter: 'Kim',
        language: 'en',
      },
    ], 'pavilion.test');
    expect(text).toContain('DTSTART;TZID=America/New_York:20260515T234000');
    expect(text).toContain('DTEND;TZID=America/New_York:20260516T000000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:America/New_York');
    expect(text).toContain('UID:m1@pavilion.test');
    expect(text).toContain('LOCATION:Table 2');
  });
});
