import type { View } from '../../app/views';
import { GiftsView } from './GiftsView';

export const view: View = {
  id: 'gifts',
  title: 'Gifts',
  order: 5,
  role: 'BROKER',
  render: (route) => <GiftsView params={route.params} />,
};
