import type { View } from '../../app/views';
import { ExchangeView } from './ExchangeView';

export const view: View = {
  id: 'exchange',
  title: 'Import & export',
  order: 6,
  role: 'AGENT',
  render: (route) => <ExchangeView params={route.params} />,
};
