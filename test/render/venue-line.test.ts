// The line under a paper's authors: venue, details, publisher and award with " · " between them, the
// status badge, then links and the citation count. Every combination of the parts a paper may write.
import { render } from '../helpers/untypedRender';
import { attr, byClass, elements, parseHtml, textOf } from '../helpers/html';

const PARTS = ['venue', 'volume', 'publisher', 'award', 'status', 'links', 'citations'] as const;
type Part = (typeof PARTS)[number];

function paperWith(parts: ReadonlySet<Part>): Record<string, unknown> {
  const paper: Record<string, unknown> = { name: 'A paper' };
  if (parts.has('venue')) paper.venue = 'NeurIPS';
  if (parts.has('volume')) paper.volume = '35';
  if (parts.has('publisher')) paper.publisher = 'Curran & Sons';
  if (parts.has('award')) paper.award = 'Best Paper';
  if (parts.has('status')) paper.status = 'Preprint';
  if (parts.has('links')) paper.links = [{ label: 'PDF', url: 'https://example.org/a.pdf' }];
  if (parts.has('citations')) paper.citations = 12;
  return paper;
}

/** The line's text, worked out from the rule, not from the theme's code. */
function expectedText(parts: ReadonlySet<Part>): string | undefined {
  // Without a venue, the publisher is shown as the venue.
  const venue = parts.has('venue') ? 'NeurIPS' : parts.has('publisher') ? 'Curran & Sons' : '';
  const publisher = parts.has('venue') && parts.has('publisher') ? 'Curran & Sons' : '';
  const names = [venue, parts.has('volume') ? '35' : '', publisher, parts.has('award') ? 'Best Paper' : ''].filter(Boolean);
  let text = names.join(' · ') + (parts.has('status') ? 'Preprint' : '');
  if (parts.has('links')) text += (text ? ' · ' : '') + 'PDF';
  if (parts.has('citations')) text += (text ? ' · ' : '') + 'Cited by 12';
  return text || undefined;
}

const combinations = Array.from({ length: 2 ** PARTS.length }, (_, bits) => new Set(PARTS.filter((_, index) => bits & (1 << index))));

describe('the venue line of a paper', () => {
  it.each(combinations.map((parts) => [[...parts].join(', ') || 'nothing', parts] as const))('with %s', (_, parts) => {
    const page = parseHtml(render({ publications: [paperWith(parts)] }, { metrics: true }));
    const section = elements(page, 'section').find((node) => attr(node, 'id') === 'publications');
    const lines = byClass(section!, 'entry-sub');
    const expected = expectedText(parts);
    expect(lines.map(textOf)).toEqual(expected === undefined ? [] : [expected]);
    if (expected !== undefined) {
      expect(byClass(lines[0]!, 'badge').map(textOf)).toEqual(parts.has('status') ? ['Preprint'] : []);
      expect(byClass(lines[0]!, 'award').map(textOf)).toEqual(parts.has('award') ? ['Best Paper'] : []);
    }
  });
});
