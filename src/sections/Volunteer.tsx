import { DatedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Volunteer({ items, labels }: SectionProps<'volunteer'>) {
  return <DatedEntries entries={items} present={labels.present} />;
}
