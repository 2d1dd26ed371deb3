import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../app/api';
import { href, navigate } from '../../app/router';
import { ErrorBox, formatMoney, Loading, Show, useDebounced, useLoad } from '../../app/ui';
import { TreeModel, type NodeData } from '../../lib/treeModel';
import { exportPng, exportSvg } from './exportDrawing';
import { Breadcrumb } from './Breadcrumb';
import { pageNodes, partyName, rootNode, TreePage, TreeStats, FindInTree, kindOf, type Party } from './queries';
import { TreeCanvas, type Orientation } from './TreeCanvas';

/** Children are loaded a page at a time: 100 a click, the API's cursor for the next. */
const PAGE = 100;

export function TreeView({ rootId, params }: { rootId: string; params: URLSearchParams }) {
  const asOf = params.get('asOf') || null;
  const orientation: Orientation = params.get('layout') === 'right' ? 'right' : 'down';
  const setParam = (k: string, v: string | null) => navigate(href(['tree', rootId], { asOf, layout: orientation === 'right' ? 'right' : null, [k]: v }), true);
  const stats = useLoad(() => request(TreeStats, { id: rootId, asOf }), [rootId, asOf]);
  const first = useLoad(() => request(TreePage, { rootId, first: PAGE, asOf }), [rootId, asOf]);
  const [model, setModel] = useState<TreeModel | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [loading, setLoading] = useState<Set<string>>(new Set());
  const [error, setError] = useState<Error>();
  const fit = useRef<(() => void) | null>(null);
  const center = useRef<((id: string) => void) | null>(null);
  const [centerOn, setCenterOn] = useState<string | null>(null);
  useEffect(() => {
    if (centerOn) {
      center.current?.(centerOn);
      setCenterOn(null);
    }
  }, [centerOn, model]);
  const svg = useRef<SVGSVGElement | null>(null);

  useEffect(() => {
    if (first.data && stats.data) {
      const root = rootNode(first.data.referralTree.root, stats.data.referralStats);
      const { hasNextPage, endCursor } = first.data.referralTree.pageInfo;
      setModel(TreeModel.of(root).addPage(root.id, pageNodes(first.data, 0), endCursor ?? null, hasNextPage));
      setSelected(root.id);
    }
  }, [first.data, stats.data]);

  const load = async (id: string, after: string | null) => {
    const parent = model!.node(id)!;
    setLoading((s) => new Set(s).add(id));
    try {
      const page = await request(TreePage, { rootId: id, first: PAGE, after, asOf });
      const { hasNextPage, endCursor } = page.referralTree.pageInfo;
      setModel((m) => m!.addPage(id, pageNodes(page, parent.depth), endCursor ?? null, hasNextPage));
      setError(undefined);
    } catch (e) {
      setError(e as Error);
    } finally {
      setLoading((s) => {
        const next = new Set(s);
        next.delete(id);
        return next;
      });
    }
  };
  /** Shows a node found by a search along its line only; the search brought each node's counts. */
  const reveal = (path: NodeData[], id: string) => {
    setModel((m) => m!.reveal(path));
    setSelected(id);
    setCenterOn(id);
  };
  const toggle = (id: string) => (model!.isLoaded(id) ? setModel(model!.toggle(id)) : load(id, null));

  const [search, setSearch] = useState('');
  const term = useDebounced(search, 250);
  const matches = new Set(model && term.trim().length > 1 ? model.find(term).map((n) => n.id) : []);

  if (first.error || stats.error) {
    return <ErrorBox error={(first.error ?? stats.error)!} retry={() => { first.reload(); stats.reload(); }} />;
  }
  if (!model || !stats.data) {
    return <Loading what="Drawing the tree" />;
  }
  const root = model.node(model.rootId)!;
  const s = stats.data.referralStats;
  const chosen = selected ? model.node(selected) : undefined;
  return (
    <section class="tree-view" aria-labelledby="tree-title">
      <h1 id="tree-title">
        Referral tree of {root.name} <span class="muted">({root.kind})</span>
      </h1>
      {root.kind === 'contact' && <Breadcrumb id={root.id} label="Where this tree came from" />}
      <div class="toolbar" role="toolbar" aria-label="Tree tools">
        <label>
          As of
          <input type="date" value={asOf ?? ''} onChange={(e) => setParam('asOf', e.currentTarget.value || null)} />
        </label>
        <label>
          Layout
          <select value={orientation} onChange={(e) => setParam('layout', e.currentTarget.value === 'right' ? 'right' : null)}>
            <option value="down">Top-down</option>
            <option value="right">Left to right</option>
          </select>
        </label>
        <label>
          Find in tree
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} placeholder="Name" />
        </label>
        <button type="button" onClick={() => fit.current?.()}>
          Fit
        </button>
        <button type="button" onClick={() => exportSvg(svg.current!, `tree-${root.id}.svg`)}>
          SVG
        </button>
        <button type="button" onClick={() => exportPng(svg.current!, `tree-${root.id}.png`)}>
          PNG
        </button>
      </div>
      {error && <ErrorBox error={error} />}
      <div class="tree-layout">
        <TreeCanvas
          model={model}
          orientation={orientation}
          selected={selected}
          matches={matches}
          loading={loading}
          onSelect={setSelected}
          onToggle={toggle}
          onMore={(id) => load(id, model.cursor(id))}
          fitRef={fit}
          centerRef={center}
          svgRef={svg}
        />
        <aside class="tree-side">
          <h2>Levels</h2>
          <table class="levels">
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {s.perLevel.map((l) => (
                <tr key={l.depth} data-level={l.depth}>
                  <td>{l.depth}</td>
                  <td>{l.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All</th>
                <td>{s.totalDescendants}</td>
              </tr>
            </tfoot>
          </table>
          <p>
            Business brought: <strong class="business">{formatMoney(s.businessValue)}</strong>
          </p>
          {term.trim().length > 1 && <FindResults rootId={root.id} term={term} model={model} asOf={asOf} onReveal={reveal} loadedMatches={matches.size} />}
          {chosen && <Selected key={chosen.id} node={chosen} model={model} rootId={root.id} asOf={asOf} onToggle={toggle} />}
        </aside>
      </div>
    </section>
  );
}

function Selected({ node, model, rootId, asOf, onToggle }: { node: NodeData; model: TreeModel; rootId: string; asOf: string | null; onToggle: (id: string) => void }) {
  return (
    <div class="selected-node">
      <h2>{node.name}</h2>
      <nav aria-label="Path from this tree's root" class="crumbs">
        {model.pathTo(node.id).map((n, i, all) => (
          <span key={n.id}>
            {i < all.length - 1 ? <button type="button" class="link" onClick={() => navigate(href(['tree', n.id]))}>{n.name}</button> : <strong>{n.name}</strong>}
            {i < all.length - 1 && ' › '}
          </span>
        ))}
      </nav>
      <p>
        {node.kind}, level {node.depth}
        {node.referredOn && `, referred on ${node.referredOn}`}
        <br />
        {node.descendants !== null ? `${node.descendants} below (${node.direct} directly), business ${formatMoney(node.businessValue)}` : <NodeStats id={node.id} asOf={asOf} />}
      </p>
      <p class="actions">
        {(node.descendants ?? 1) > 0 && (
          <button type="button" onClick={() => onToggle(node.id)}>
            {model.isExpanded(node.id) ? 'Collapse' : 'Expand'}
          </button>
        )}
        {node.id !== rootId && <a href={href(['tree', node.id])}>Recenter here</a>}
        {node.kind === 'contact' && <a href={href(['contacts', node.id])}>Open contact</a>}
      </p>
    </div>
  );
}

/** A node's counts when its page did not carry them (a past date, or a node revealed by a search). */
function NodeStats({ id, asOf }: { id: string; asOf: string | null }) {
  const stats = useLoad(() => request(TreeStats, { id, asOf }), [id, asOf]);
  return (
    <Show loaded={stats} what="Counting">
      {({ referralStats: s }) => <>{`${s.totalDescendants} below (${s.directCount} directly), business ${formatMoney(s.businessValue)}`}</>}
    </Show>
  );
}

/** Names found in the whole tree, not only in what is drawn: a contact search kept to those whose ancestry holds this root. */
function FindResults({ rootId, term, model, asOf, onReveal, loadedMatches }: { rootId: string; term: string; model: TreeModel; asOf: string | null; onReveal: (path: NodeData[], id: string) => void; loadedMatches: number }) {
  const found = useLoad(() => request(FindInTree, { search: term }), [term]);
  return (
    <div class="find-results" aria-live="polite">
      <h2>Found</h2>
      <p class="muted">{loadedMatches} highlighted in the drawing.</p>
      <Show loaded={found} what="Searching the tree">
        {({ contacts }) => {
          const inTree = contacts.edges
            .map(({ node }) => ({ node, chain: [...(node.ancestry as Party[])].reverse() }))
            .filter(({ chain }) => chain.some((p) => p.id === rootId));
          return inTree.length === 0 ? (
            <p class="empty">Nobody by that name below {model.node(rootId)!.name}.</p>
          ) : (
            <ul>
              {inTree.map(({ node, chain }) => {
                const below = chain.slice(chain.findIndex((p) => p.id === rootId));
                const line: (Party & { subtree?: { direct: number; descendants: number; businessValue: string } | null })[] = [
                  ...below,
                  { id: node.id, displayName: node.displayName, __typename: 'Contact' as const, subtree: node.subtree },
                ];
                // Today's counts come with the search; a past date's are counted when a node is selected.
                const path: NodeData[] = line.map((p, depth, all) => ({
                  ...(model.node(p.id) ?? {
                    referredOn: null,
                    direct: asOf ? null : (p.subtree?.direct ?? null),
                    descendants: asOf ? null : (p.subtree?.descendants ?? null),
                    businessValue: asOf ? null : (p.subtree?.businessValue ?? null),
                  }),
                  id: p.id,
                  name: partyName(p as Party),
                  kind: kindOf(p),
                  depth,
                  parentId: depth === 0 ? null : all[depth - 1].id,
                }));
                return (
                  <li key={node.id}>
                    <button type="button" class="link" onClick={() => onReveal(path, node.id)}>
                      {node.displayName}
                    </button>{' '}
                    <span class="muted">level {path.length - 1}</span>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </Show>
    </div>
  );
}
