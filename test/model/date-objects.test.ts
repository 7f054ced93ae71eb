// Dates given as Date objects (resume-cli reads a YAML full date as one): the calendar date they hold
// in UTC, whatever the time of day; an invalid one is no date.
import { toDateRange, toDateView, utcCalendarDate } from '../../src/model/dates';

const formatMonth = (year: string, month: number) => `${month}/${year}`;

describe('dates given as Date objects', () => {
  it('are read as the calendar date they hold in UTC', () => {
    expect(toDateView(new Date(Date.UTC(2021, 7, 15)), formatMonth)).toEqual({ text: '8/2021', iso: '2021-08-15' });
    // 23:30 in New York on 31 December is already 1 January in UTC.
    expect(toDateView(new Date('2020-12-31T23:30:00-05:00'), formatMonth)).toEqual({ text: '1/2021', iso: '2021-01-01' });
    expect(utcCalendarDate(new Date(Date.UTC(2024, 1, 29, 23, 59, 59)))).toBe('2024-02-29');
  });

  it('are skipped when invalid or when the year has more than four digits', () => {
    expect(toDateView(new Date('not a date'), formatMonth)).toBeUndefined();
    expect(toDateView(new Date(Date.UTC(12021, 0, 1)), formatMonth)).toBeUndefined();
    expect(toDateView(new Date(Date.UTC(-5, 0, 1)), formatMonth)).toBeUndefined();
  });

  it('make ranges like the same dates written as text, an invalid end counting as none', () => {
    const start = new Date(Date.UTC(2019, 8, 1));
    expect(toDateRange(start, new Date(Date.UTC(2021, 5, 30)), formatMonth)).toEqual(toDateRange('2019-09-01', '2021-06-30', formatMonth));
    expect(toDateRange(start, new Date(NaN), formatMonth)).toEqual({
      start: { text: '9/2019', iso: '2019-09-01' },
      end: undefined,
      ongoing: true,
    });
  });
});
