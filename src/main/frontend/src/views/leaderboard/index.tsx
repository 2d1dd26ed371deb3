import type { View } from '../../app/views';
import { Leaderboard } from './Leaderboard';
import { PartnerLedgerView } from './PartnerLedger';

export const view: View = {
  id: 'leaders',
  title: 'Leaderboard',
  order: 3,
  render: (route) => (route.path[1] ? <PartnerLedgerView agentId={route.path[1]} params={route.params} /> : <Leaderboard params={route.params} />),
};
