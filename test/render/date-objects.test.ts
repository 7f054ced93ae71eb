// Dates given as Date objects, as resume-cli hands them over from resume.yaml (its YAML reader makes a
// Date of every full date, at midnight UTC): shown as the calendar date they hold, in every place
// the schema has a date, whatever the machine's time zone; validate() takes them as that date too.
import { execFileSync } from 'node:child_process';
import schema from '../../schema.json';
import { validate } from '../../index';
import { render } from '../helpers/untypedRender';
import { ROOT } from '../helpers/paths';

/** [section, field] of every date in the schema: the `iso8601` fields of each section's items. */
function dateFields(): [string, string][] {
  const fields: [string, string][] = [];
  for (const [section, definition] of Object.entries(schema.properties as Record<string, { items?: { properties?: object } }>)) {
    for (const [field, property] of Object.entries(definition.items?.properties ?? {})) {
      if ((property as { $ref?: string }).$ref === '#/definitions/iso8601') fields.push([section, field]);
    }
  }
  return fields;
}

/** One item per dated section, each date a different day: 2001-01-02 for the first field, and on. */
function datedResume(asDate: boolean): Record<string, unknown> {
  const resume: Record<string, Record<string, unknown>[]> = {};
  dateFields().forEach(([section, field], index) => {
    const text = `20${String(index + 1).padStart(2, '0')}-0${(index % 9) + 1}-${String(index + 2).padStart(2, '0')}`;
    const item = (resume[section] ??= [
      { name: `${section} item`, title: `${section} item`, institution: `${section} item`, organization: `${section} item` },
    ])[0]!;
    item[field] = asDate ? new Date(text) : text;
  });
  return { basics: { name: 'Dee Tess' }, ...resume };
}

describe('Date objects as dates', () => {
  const fields = dateFields();
  const asText = datedResume(false);
  const asDates = datedResume(true);

  it('are found in the schema wherever it has a date', () => {
    expect(fields).toEqual(
      expect.arrayContaining([
        ['work', 'startDate'],
        ['education', 'endDate'],
        ['awards', 'date'],
        ['publications', 'releaseDate'],
      ]),
    );
  });

  it('render exactly as the same dates written as text, each in <time datetime>', () => {
    const html = render(asDates);
    expect(html).toBe(render(asText));
    for (const [section, field] of fields) {
      const text = (asText[section] as Record<string, string>[])[0]![field]!;
      expect(html).toContain(`datetime="${text}"`);
    }
  });

  it('validate() as the same dates written as text: no problem with any date', () => {
    const problems = validate(asDates);
    expect(problems).toEqual(validate(asText));
    expect(problems.filter((problem) => /(?:Date|\/date)$/.test(problem.path))).toEqual([]);
  });

  it('an invalid Date is left out of the page, and validate() names it', () => {
    const resume = { work: [{ name: 'Lab', startDate: new Date('2019-02-30x'), endDate: new Date('2020-03-01') }] };
    const html = render(resume);
    expect(html).toContain('<time datetime="2020-03-01" dir="auto">Mar 2020</time>');
    expect(html).not.toMatch(/Invalid Date|NaN|undefined/);
    expect(validate(resume)).toEqual([
      { path: '/work/0/startDate', message: 'work[0].startDate should be text, not an invalid Date.', severity: 'error' },
    ]);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('show the day they hold in UTC when TZ=%s', (timeZone) => {
    const script = `
      const { render } = require('./dist/index.cjs');
      process.stdout.write(render({ work: [{ name: 'Lab', startDate: new Date('2021-01-01'), endDate: new Date(Date.UTC(2022, 11, 31, 23, 59)) }] }));`;
    const html = execFileSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, TZ: timeZone },
      encoding: 'utf8',
    });
    expect(html.match(/<time[^>]*>[^<]*<\/time>/g)).toEqual([
      '<time datetime="2021-01-01" dir="auto">Jan 2021</time>',
      '<time datetime="2022-12-31" dir="auto">Dec 2022</time>',
    ]);
  });
});
