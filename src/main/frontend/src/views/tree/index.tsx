import type { View } from '../../app/views';
import { TreeView } from './TreeView';
import { TreeIndex } from './TreeIndex';

export const view: View = {
  id: 'tree',
  title: 'Trees',
  order: 2,
  render: (route) => (route.path[1] ? <TreeView key={route.path[1]} rootId={route.path[1]} params={route.params} /> : <TreeIndex />),
};
