import { datedEntries } from '../components/DatedEntry';
import type { SectionProps } from './props';

export function Projects({ items, labels }: SectionProps<'projects'>) {
  return datedEntries(items, labels.present);
}
