import { validate } from 'class-validator';
import { IsCalendarDate, isCalendarDate, IsOnOrAfter } from '../../common/dates.js';
import { SERIES_SLUG, ZONE_NAME } from './fair-fields.js';

class Span {
  @IsCalendarDate()
  startsOn: unknown;

  @IsCalendarDate()
  @IsOnOrAfter('startsOn')
  endsOn: unknown;
}

const span = (startsOn: unknown, endsOn: unknown) => Object.assign(new Span(), { startsOn, endsOn });
const failing = async (value: Span) => (await validate(value)).map((error) => Object.keys(error.constraints ?? {}).join());

describe('fair fields', () => {
  it('accepts only dates that exist on the calendar', () => {
    for (const good of ['2017-05-15', '2024-02-29', '1990-01-01', '2100-12-31']) expect(isCalendarDate(good)).toBe(true);
    for (const bad of ['2017-02-30', '2023-02-29', '2017-13-01', '2017-5-15', '2017-05-15T00:00:00Z', '0000-01-01', 20170515, null]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('wants the end on or after the start, and leaves malformed dates to their own check', async () => {
    expect(await failing(span('2017-05-15', '2017-05-15'))).toEqual([]);
    expect(await failing(span('2017-05-15', '2017-05-14'))).toEqual(['isOnOrAfter']);
    expect(await failing(span('2017-02-30', '2017-01-01'))).toEqual(['isCalendarDate']);
    expect(await failing(span('2017-05-15', 'soon'))).toEqual(['isCalendarDate']);
  });

  it('knows slugs and zone names', () => {
    for (const good of ['cmef', 'arab-health', 'medical-japan-2']) expect(SERIES_SLUG.test(good)).toBe(true);
    for (const bad of ['CMEF', 'arab health', 'arab--health', '-cmef', 'cmef-', '']) expect(SERIES_SLUG.test(bad)).toBe(false);
    for (const good of ['Asia/Seoul', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+9']) expect(ZONE_NAME.test(good)).toBe(true);
    for (const bad of ['+09:00', '-0500', '']) expect(ZONE_NAME.test(bad)).toBe(false);
  });
});
