// Dates as functions returning elements rather than components: there are two per entry.
import type { ComponentChild, ComponentChildren } from 'preact';
import type { DateRangeView, DateView } from '../model/types';

export function dateText(date: DateView | undefined): ComponentChild {
  if (!date) return null;
  // Isolated, so a range reads from start to end in either direction ("Aug 2021" in a Persian page too).
  return date.iso ? (
    <time dateTime={date.iso} dir="auto">
      {date.text}
    </time>
  ) : (
    date.text
  );
}

/** "Aug 2021 – Present", "2015 – 2016", or null when there is no date at all. */
export function dateRange(range: DateRangeView, present: string): ComponentChildren {
  const { start, end, ongoing } = range;
  if (!start && !end) return null;
  return [dateText(start), start && (end || ongoing) ? ' – ' : null, ongoing ? present : dateText(end)];
}
