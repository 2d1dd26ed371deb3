import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';

export type Kind = 'contact' | 'partner' | 'outlet';

export interface NodeData {
  id: string;
  name: string;
  kind: Kind;
  /** Levels below the drawing's root (the root is 0). */
  depth: number;
  parentId: string | null;
  referredOn: string | null;
  /** Everyone below the node, and those it referred directly; null when not known (a past date). */
  descendants: number | null;
  direct: number | null;
  businessValue: string | null;
}

interface Children {
  ids: string[];
  endCursor: string | null;
  hasNext: boolean;
}

/** What the layout draws: a node, or the "more" stub that loads a node's next page of children. */
export type Drawn = { type: 'node'; data: NodeData } | { type: 'more'; parentId: string; shown: number; total: number | null };

export interface Placed {
  key: string;
  item: Drawn;
  x: number;
  y: number;
  parentX: number | null;
  parentY: number | null;
}

/**
 * The part of a referral tree the user has opened: the nodes loaded so far, page by page per
 * parent, and which are expanded. Nothing is loaded that the user has not opened, so a tree with
 * tens of thousands of descendants is drawn progressively. Immutable: each change answers a new model.
 */
export class TreeModel {
  private constructor(
    readonly rootId: string,
    private readonly nodes: ReadonlyMap<string, NodeData>,
    private readonly children: ReadonlyMap<string, Children>,
    private readonly expanded: ReadonlySet<string>,
  ) {}

  static of(root: NodeData): TreeModel {
    return new TreeModel(root.id, new Map([[root.id, root]]), new Map(), new Set());
  }

  node(id: string): NodeData | undefined {
    return this.nodes.get(id);
  }

  get size(): number {
    return this.nodes.size;
  }

  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  isLoaded(id: string): boolean {
    return this.children.has(id);
  }

  cursor(id: string): string | null {
    return this.children.get(id)?.endCursor ?? null;
  }

  /** Adds a page of a node's children (in the server's order) and expands the node. */
  addPage(parentId: string, page: NodeData[], endCursor: string | null, hasNext: boolean): TreeModel {
    const nodes = new Map(this.nodes);
    const children = new Map(this.children);
    const before = children.get(parentId)?.ids ?? [];
    const ids = [...before];
    for (const n of page) {
      nodes.set(n.id, n);
      if (!ids.includes(n.id)) {
        ids.push(n.id);
      }
    }
    children.set(parentId, { ids, endCursor, hasNext });
    return new TreeModel(this.rootId, nodes, children, new Set(this.expanded).add(parentId));
  }

  /**
   * Shows a path from the root down to a node found by a search, even where the pages holding it
   * are not loaded yet: each node of the path is added under its parent and the parents are expanded.
   */
  reveal(path: NodeData[]): TreeModel {
    let model: TreeModel = this;
    for (const n of path) {
      if (n.id === this.rootId || !n.parentId) {
        continue;
      }
      const known = model.children.get(n.parentId);
      const nodes = new Map(model.nodes).set(n.id, model.nodes.get(n.id) ?? n);
      const children = new Map(model.children);
      children.set(n.parentId, {
        ids: known ? (known.ids.includes(n.id) ? known.ids : [...known.ids, n.id]) : [n.id],
        endCursor: known?.endCursor ?? null,
        hasNext: known ? known.hasNext : (model.nodes.get(n.parentId)?.direct ?? 2) > 1,
      });
      model = new TreeModel(this.rootId, nodes, children, new Set(model.expanded).add(n.parentId));
    }
    return model;
  }

  toggle(id: string): TreeModel {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) {
      expanded.add(id);
    }
    return new TreeModel(this.rootId, this.nodes, this.children, expanded);
  }

  /** The nodes currently drawn (those under expanded nodes), the root first. */
  visible(): NodeData[] {
    const out: NodeData[] = [];
    const walk = (id: string) => {
      out.push(this.nodes.get(id)!);
      if (this.expanded.has(id)) {
        this.children.get(id)?.ids.forEach(walk);
      }
    };
    walk(this.rootId);
    return out;
  }

  /** Loaded nodes whose names contain the text (case and accents ignored). */
  find(text: string): NodeData[] {
    const needle = fold(text);
    return needle ? [...this.nodes.values()].filter((n) => fold(n.name).includes(needle)) : [];
  }

  /**
   * Places the visible nodes with d3-hierarchy's tidy tree (Reingold–Tilford): x along a level,
   * y across levels; the caller swaps them for a left-to-right drawing.
   */
  layout(spacing: { along: number; across: number }): Placed[] {
    type H = { key: string; item: Drawn; kids: H[] };
    const build = (id: string): H => {
      const data = this.nodes.get(id)!;
      const kids: H[] = [];
      const loaded = this.children.get(id);
      if (this.expanded.has(id) && loaded) {
        loaded.ids.forEach((c) => kids.push(build(c)));
        if (loaded.hasNext) {
          kids.push({ key: `more:${id}`, item: { type: 'more', parentId: id, shown: loaded.ids.length, total: data.direct }, kids: [] });
        }
      }
      return { key: id, item: { type: 'node', data }, kids };
    };
    const root = tree<H>().nodeSize([spacing.along, spacing.across])(hierarchy(build(this.rootId), (h) => h.kids));
    return root.descendants().map((p: HierarchyPointNode<H>) => ({
      key: p.data.key,
      item: p.data.item,
      x: p.x,
      y: p.y,
      parentX: p.parent ? p.parent.x : null,
      parentY: p.parent ? p.parent.y : null,
    }));
  }

  /** The path from the drawing's root to a loaded node. */
  pathTo(id: string): NodeData[] {
    const path: NodeData[] = [];
    let n = this.nodes.get(id);
    while (n) {
      path.unshift(n);
      n = n.parentId && n.id !== this.rootId ? this.nodes.get(n.parentId) : undefined;
    }
    return path;
  }
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
