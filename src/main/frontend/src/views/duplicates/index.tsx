import type { View } from '../../app/views';
import { DuplicatesView } from './DuplicatesView';

export const view: View = {
  id: 'duplicates',
  title: 'Duplicates',
  order: 7,
  render: (_route, viewer) => <DuplicatesView viewer={viewer} />,
};
