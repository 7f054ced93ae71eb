import { parseCalendarDate, toDateRange, toDateView, writtenRange } from '../../src/model/dates';
import { localeFor } from '../../src/i18n';

const { formatMonth } = localeFor('en');

describe('calendar dates', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(parseCalendarDate('2021')).toEqual({ year: '2021' });
    expect(parseCalendarDate('2021-08')).toEqual({ year: '2021', month: 8 });
    expect(parseCalendarDate('2021-08-31')).toEqual({ year: '2021', month: 8, day: 31 });
  });

  it('rejects impossible months and days', () => {
    expect(parseCalendarDate('2021-13')).toBeUndefined();
    expect(parseCalendarDate('2021-00')).toBeUndefined();
    expect(parseCalendarDate('2021-02-30')).toBeUndefined();
    expect(parseCalendarDate('21-08')).toBeUndefined();
  });

  it('has 29 February in leap years only, and nothing but ASCII digits in their places', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: '2024', month: 2, day: 29 });
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: '2000', month: 2, day: 29 });
    expect(parseCalendarDate('1900-02-29')).toBeUndefined();
    expect(parseCalendarDate('2021-12-31')).toEqual({ year: '2021', month: 12, day: 31 });
    expect(parseCalendarDate('2021-04-31')).toBeUndefined();
    // Months and days written without their zero are read too.
    expect(parseCalendarDate('2021-1-05')).toEqual({ year: '2021', month: 1, day: 5 });
    expect(parseCalendarDate('2025-3-15')).toEqual({ year: '2025', month: 3, day: 15 });
    expect(parseCalendarDate('2025-2-30')).toBeUndefined();
    expect(parseCalendarDate('2021-08-0٣')).toBeUndefined();
    expect(parseCalendarDate('2021-08-')).toBeUndefined();
  });

  it('shows month and year, keeping the ISO form for <time datetime>', () => {
    expect(toDateView('2021-08', formatMonth)).toEqual({ text: 'Aug 2021', iso: '2021-08' });
    expect(toDateView('2013-12-01', formatMonth)).toEqual({ text: 'Dec 2013', iso: '2013-12-01' });
    expect(toDateView('2015', formatMonth)).toEqual({ text: '2015', iso: '2015' });
  });

  it('shows the first of a month as that month in every time zone (no Date parsing)', () => {
    // new Date('2021-01-01') is Dec 31 2020 west of UTC; the theme never goes through Date.
    expect(toDateView('2021-01-01', formatMonth)?.text).toBe('Jan 2021');
  });

  it('shows an unparseable date as written, never "Invalid Date"', () => {
    expect(toDateView('Spring break 2020', formatMonth)).toEqual({ text: 'Spring break 2020' });
    expect(toDateView('2020-02-31', formatMonth)).toEqual({ text: '2020-02-31' });
    expect(toDateView({}, formatMonth)).toBeUndefined();
    expect(toDateView('', formatMonth)).toBeUndefined();
  });

  it('marks a range with a start and no end as ongoing', () => {
    expect(toDateRange('2021-08', undefined, formatMonth)).toMatchObject({ ongoing: true, end: undefined });
    expect(toDateRange('2021-08', '2022-01', formatMonth).ongoing).toBe(false);
    expect(toDateRange(undefined, '2022-01', formatMonth).ongoing).toBe(false);
  });

  it('formats months per locale', () => {
    expect(toDateView('2021-03', localeFor('de-CH').formatMonth)?.text).toBe('März 2021');
    expect(toDateView('2021-08', localeFor('zh').formatMonth)?.text).toBe('2021年8月');
    expect(toDateView('2021-08', localeFor('xx').formatMonth)?.text).toBe('Aug 2021');
  });
});

describe('English month names', () => {
  it.each([
    ['Aug 2021', { year: '2021', month: 8 }],
    ['August 2024', { year: '2024', month: 8 }],
    ['Sept. 2019', { year: '2019', month: 9 }],
    ['sep 2019', { year: '2019', month: 9 }],
    ['MAY 2020', { year: '2020', month: 5 }],
    ['Dec  1999', { year: '1999', month: 12 }],
    ["Aug '18", { year: '2018', month: 8 }],
    ['Jun ’99', { year: '1999', month: 6 }],
    ["Jan '50", { year: '2050', month: 1 }],
    ["Jan '51", { year: '1951', month: 1 }],
  ])('reads %j', (text, date) => {
    expect(parseCalendarDate(text)).toEqual(date);
  });

  it.each(['Ma 2020', 'Mayo 2020', 'Augusta 2020', 'Aug 21', "Aug '2021", "'18", '01 Jun 1980', 'Jun 2019 extra'])(
    'leaves %j unread',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it('are shown in the page language, with their ISO date', () => {
    expect(toDateView('August 2024', formatMonth)).toEqual({ text: 'Aug 2024', iso: '2024-08' });
    expect(toDateView('Aug 2024', localeFor('de').formatMonth)?.text).toBe('Aug. 2024');
  });
});

describe('terms of the academic year', () => {
  it.each(['Fall 2025', 'spring 2024', 'Autumn 2019', 'Winter Quarter 2023', 'Spring Semester 2022', 'Summer Term 2021', 'Fall, 2020'])(
    'reads %j as its year, shown as written',
    (text) => {
      const year = text.slice(-4);
      expect(parseCalendarDate(text)).toEqual({ year, term: true });
      expect(toDateView(text, localeFor('de').formatMonth)).toEqual({ text, iso: year });
    },
  );

  it.each(['Fall', 'Fall 25', 'Fall Break 2025', 'Falls 2025', 'Semester 2025'])('leaves %j unread', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });
});

describe('numeric dates of other countries', () => {
  it.each([
    ['2018/06', { year: '2018', month: 6 }],
    ['2019.6.1', { year: '2019', month: 6, day: 1 }],
    ['2010.11', { year: '2010', month: 11 }],
    ['2024年', { year: '2024' }],
    ['2024年4月', { year: '2024', month: 4 }],
    ['2024年4月5日', { year: '2024', month: 4, day: 5 }],
    ['2024년 4월', { year: '2024', month: 4 }],
    ['10/2014', { year: '2014', month: 10 }],
    ['10.2014', { year: '2014', month: 10 }],
    ['30.11.1981', { year: '1981', month: 11, day: 30 }],
  ])('reads %j', (text, date) => {
    expect(parseCalendarDate(text)).toEqual(date);
  });

  // "2010/11" is an academic year as often as a month; day and month with slashes are written in either order.
  it.each(['2010/11', '2015/16', '2019/2020', '01/02/2020', '13/2014', '2018/13', '2018.06/01', '30.02.2020', '2024年13月'])(
    'leaves %j unread',
    (text) => {
      expect(parseCalendarDate(text)).toBeUndefined();
    },
  );

  it('are shown in the page language, with their ISO date', () => {
    expect(toDateView('2018/06', formatMonth)).toEqual({ text: 'Jun 2018', iso: '2018-06' });
    expect(toDateView('2024年4月', localeFor('de').formatMonth)).toEqual({ text: 'Apr. 2024', iso: '2024-04' });
  });
});

describe('periods written in one field', () => {
  it.each([
    ['2019 - 2022', ['2019', '2022']],
    ['2019-2022', ['2019', '2022']],
    ['2019--2022', ['2019', '2022']],
    ['2016 – 2019', ['2016', '2019']],
    ['2016—2019', ['2016', '2019']],
    ['2020-Present', ['2020', 'Present']],
    ['2022 to now', ['2022', 'now']],
    ['2019-06-2019-08', ['2019-06', '2019-08']],
    ['2019-6 - 2020-1', ['2019-6', '2020-1']],
    ['2019-01-15 - 2019-03-01', ['2019-01-15', '2019-03-01']],
    ['Aug 2021 -- Present', ['Aug 2021', 'Present']],
    ['Jul 2022 - Apr 2023', ['Jul 2022', 'Apr 2023']],
    ['May 2021 – 2022', ['May 2021', '2022']],
    ['2019/06-2019/08', ['2019/06', '2019/08']],
    ['2018/10至今', ['2018/10', '今']],
    ['2024年4月 – 現在', ['2024年4月', '現在']],
    ['2020年10月 – 2024年3月', ['2020年10月', '2024年3月']],
    ['2019.09 ~ 2023.06', ['2019.09', '2023.06']],
    ['10/2014 - 03/2018', ['10/2014', '03/2018']],
    ['2019 - heute', ['2019', 'heute']],
    ["2019 – aujourd'hui", ['2019', "aujourd'hui"]],
    ['2023 - laufend', ['2023', 'laufend']],
    ['2021 – en cours', ['2021', 'en cours']],
    ['Fall 2019 - Spring 2021', ['Fall 2019', 'Spring 2021']],
    ['April-Oct 2022', ['April 2022', 'Oct 2022']],
    ["Aug '17 - May '18", ["Aug '17", "May '18"]],
    ['May – August 2019', ['May 2019', 'August 2019']],
    ['Sept. to Dec. 2018', ['Sept 2018', 'Dec 2018']],
    ['Winter Quarter 2023 – present', ['Winter Quarter 2023', 'present']],
  ])('reads %j as its two ends', (text, ends) => {
    expect(writtenRange(text)).toEqual(ends);
  });

  it.each([
    '2021',
    '2021-08',
    '2019-06-20',
    '2025-3-15',
    '2019 -',
    '2024年4月 – 現在(在籍中)',
    '2019 - banana',
    'Dec-Feb 2021',
    'May-Fall 2020',
    'Jan 2018, Jan 2017',
    '2010/11 - 2012/13',
    '2019-13 - 2020',
    '2019 - 2020-02-30',
    '20190-2022',
    '2019 - 2022 (leave)',
  ])('leaves %j to be read as one date or shown as written', (text) => {
    expect(writtenRange(text)).toBeUndefined();
  });
});
