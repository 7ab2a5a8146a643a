import { atVenue } from './consultation-export-columns.js';

describe('export times', () => {
  it("are the venue's clock with the offset, so a spreadsheet shows the hour the meeting was held", () => {
    expect(atVenue('2017-05-16T02:00:00.000Z', 'Asia/Shanghai')).toBe('2017-05-16T10:00:00+08:00');
    expect(atVenue('2017-05-16T02:00:00.250Z', 'Asia/Kolkata')).toBe('2017-05-16T07:30:00.250+05:30');
    expect(atVenue('2017-01-30T23:30:00.000Z', 'Europe/London')).toBe('2017-01-30T23:30:00+00:00');
    expect(atVenue('2017-11-13T20:00:00.000Z', 'America/New_York')).toBe('2017-11-13T15:00:00-05:00');
    expect(new Date(atVenue('2017-05-16T02:00:00.000Z', 'Asia/Shanghai')).toISOString()).toBe('2017-05-16T02:00:00.000Z');
  });
});
