import { DatedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Work({ items, labels }: SectionProps<'work'>) {
  return <DatedEntries entries={items} present={labels.present} />;
}
