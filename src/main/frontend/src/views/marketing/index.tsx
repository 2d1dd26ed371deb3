import type { View } from '../../app/views';
import { MarketingView } from './MarketingView';

export const view: View = {
  id: 'marketing',
  title: 'Marketing',
  order: 4,
  role: 'MARKETING',
  render: (route, viewer) => <MarketingView params={route.params} viewer={viewer} />,
};
