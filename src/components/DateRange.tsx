import type { DateRangeView, DateView } from '../model/types';

export function DateText({ date }: { date?: DateView }) {
  if (!date) return null;
  return date.iso ? <time dateTime={date.iso}>{date.text}</time> : <>{date.text}</>;
}

export function DateRange({ range, present }: { range: DateRangeView; present: string }) {
  const { start, end, ongoing } = range;
  if (!start && !end) return null;
  return (
    <>
      <DateText date={start} />
      {start && (end || ongoing) ? ' – ' : null}
      {ongoing ? present : <DateText date={end} />}
    </>
  );
}
