import { datedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Work({ items, labels }: SectionProps<'work'>) {
  return datedEntries(items, labels.present);
}
