import type { ComponentChildren } from 'preact';
import type { Route } from './router';
import type { Role } from './session';

export interface Viewer {
  id: string;
  name: string;
  roles: Set<Role>;
  agentId: string | null;
}

/** A view of the app. Adding a view is adding a folder under src/views with an index.tsx that exports `view`. */
export interface View {
  /** The first segment of its URLs: #/<id>/… */
  id: string;
  title: string;
  /** Its place in the navigation; views without one are reached by links only. */
  order?: number;
  /** The least role that may open it (the server enforces the same). */
  role?: Role;
  render: (route: Route, viewer: Viewer) => ComponentChildren;
}

const modules = import.meta.glob<{ view: View }>('../views/*/index.tsx', { eager: true });

export const views: View[] = Object.values(modules)
  .map((m) => m.view)
  .sort((a, b) => (a.order ?? 99) - (b.order ?? 99));
