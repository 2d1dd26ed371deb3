import type { View } from '../../app/views';
import { TodayView } from './TodayView';

export const view: View = {
  id: 'today',
  title: 'Today',
  order: 0,
  role: 'AGENT',
  render: (route, viewer) => <TodayView params={route.params} viewer={viewer} />,
};
