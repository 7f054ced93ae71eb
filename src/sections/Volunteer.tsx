import { datedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Volunteer({ items, labels }: SectionProps<'volunteer'>) {
  return datedEntries(items, labels.present);
}
