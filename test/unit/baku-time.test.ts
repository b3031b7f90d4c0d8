import { describe, expect, it } from 'vitest';
import { bakuWallClock } from '#functions/domain/baku-time.ts';
import { bakuClock, bakuInstant, bakuParts } from '../../web/src/app/baku-time.ts';
import { formatDateTime } from '../../web/src/app/dates.ts';
import { formatNumber } from '../../web/src/documents/file-facts.ts';
import { formatMonth, weekdayNames } from '../../web/src/sessions/months.ts';

/** What the time zone database (Node.js's full ICU, as the API reads it) says of an instant in Baku. */
function fromZoneDatabase(epochMs: number) {
  const clock = bakuWallClock(new Date(epochMs).toISOString());
  const date = `${clock.year}-${clock.month}-${clock.day}`;
  return { date, time: `${clock.hour}:${clock.minute}`, weekday: new Date(`${date}T00:00:00Z`).getUTCDay() };
}

describe('Baku time by arithmetic', () => {
  it('agrees with the time zone database at every hour from 1997 to 2030, summer time and its end included', () => {
    const start = Date.UTC(1997, 0, 1);
    const end = Date.UTC(2031, 0, 1);
    const disagreements: string[] = [];
    for (let at = start; at < end; at += 60 * 60 * 1000) {
      const iso = new Date(at).toISOString();
      const { date, time, weekday } = bakuClock(iso);
      const expected = fromZoneDatabase(at);
      if (date !== expected.date || time !== expected.time || weekday !== expected.weekday) {
        disagreements.push(`${iso}: ${date} ${time} (${weekday}), database ${JSON.stringify(expected)}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
  });

  it('reads the 2015 archive at +05:00 in summer and +04:00 in winter, and since 2016 at +04:00 all year', () => {
    expect(bakuParts('2015-05-28T05:00:00Z')).toEqual({ date: '2015-05-28', time: '10:00' });
    expect(bakuParts('2015-11-19T06:00:00Z')).toEqual({ date: '2015-11-19', time: '10:00' });
    expect(bakuParts('2026-07-01T06:00:00Z')).toEqual({ date: '2026-07-01', time: '10:00' });
  });

  it('gives a Baku date and time back with the offset Baku had then', () => {
    expect(bakuInstant('2015-05-28', '10:00')).toBe('2015-05-28T10:00:00+05:00');
    expect(bakuInstant('2015-11-19', '10:00')).toBe('2015-11-19T10:00:00+04:00');
    expect(bakuInstant('2026-07-01', '18:00')).toBe('2026-07-01T18:00:00+04:00');
    for (const [date, time] of [
      ['2015-05-28', '10:00'],
      ['2014-03-30', '09:15'],
      ['2027-12-31', '23:59'],
    ] as const) {
      expect(bakuParts(bakuInstant(date, time))).toEqual({ date, time });
    }
  });
});

describe('dates and numbers in the reader language', () => {
  const summer2015 = '2015-05-28T05:00:00Z';

  it('writes a date, its weekday and its time in Azerbaijani and in English', () => {
    expect(formatDateTime('az', summer2015)).toBe('28 may 2015');
    expect(formatDateTime('az', summer2015, { weekday: true, time: true })).toBe('28 may 2015, cümə axşamı, 10:00');
    expect(formatDateTime('en', summer2015)).toBe('28 May 2015');
    expect(formatDateTime('en', summer2015, { weekday: true })).toBe('Thursday, 28 May 2015');
    expect(formatDateTime('en', summer2015, { weekday: true, time: true })).toBe('Thursday, 28 May 2015, 10:00');
    expect(formatDateTime('en', '2026-12-31T21:30:00Z', { time: true })).toBe('1 January 2027, 01:30');
  });

  it('gives back what is not a date as it came', () => {
    expect(formatDateTime('en', 'soon')).toBe('soon');
  });

  it('names months and the days of the week from Monday', () => {
    expect(formatMonth('az', '2026-12')).toBe('dekabr 2026');
    expect(formatMonth('en', '2026-12')).toBe('December 2026');
    expect(weekdayNames('en')[0]).toEqual(['Mon', 'Monday']);
    expect(weekdayNames('az')[6]).toEqual(['B.', 'bazar']);
  });

  it('writes numbers with one decimal at most, grouped as each language groups them', () => {
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatNumber('az', 1234.56)).toBe('1.234,6');
    expect(formatNumber('en', 12)).toBe('12');
    expect(formatNumber('en', 3.96)).toBe('4');
    expect(formatNumber('az', 0.25)).toBe('0,3');
    expect(formatNumber('en', 1_000_000)).toBe('1,000,000');
  });
});
