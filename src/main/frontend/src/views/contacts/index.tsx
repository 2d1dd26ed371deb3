import type { View } from '../../app/views';
import { ContactList } from './ContactList';
import { ContactRecord } from './ContactRecord';

export const view: View = {
  id: 'contacts',
  title: 'Contacts',
  order: 1,
  render: (route, viewer) =>
    route.path[1] ? <ContactRecord id={route.path[1]} viewer={viewer} /> : <ContactList params={route.params} viewer={viewer} />,
};
