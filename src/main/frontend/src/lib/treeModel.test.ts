import { describe, expect, it } from 'vitest';
import { TreeModel, type NodeData } from './treeModel';

const node = (id: string, parentId: string | null, depth: number, name = id.toUpperCase()): NodeData => ({
  id,
  name,
  kind: 'contact',
  depth,
  parentId,
  referredOn: null,
  descendants: null,
  direct: null,
  businessValue: null,
});

const root = node('r', null, 0, 'Root Outlet');

describe('TreeModel', () => {
  it('draws only what is expanded, in the server order, with a stub for the next page', () => {
    let m = TreeModel.of(root).addPage('r', [node('a', 'r', 1), node('b', 'r', 1)], 'c2', true);
    m = m.addPage('a', [node('a1', 'a', 2)], null, false);
    expect(m.visible().map((n) => n.id)).toEqual(['r', 'a', 'a1', 'b']);
    const placed = m.layout({ along: 100, across: 80 });
    expect(placed.map((p) => p.key)).toEqual(['r', 'a', 'b', 'more:r', 'a1']);
    const more = placed.find((p) => p.key === 'more:r')!;
    expect(more.item).toEqual({ type: 'more', parentId: 'r', shown: 2, total: null });
    expect(more.y).toBe(80);
    expect(placed.find((p) => p.key === 'a1')!.y).toBe(160);

    const collapsed = m.toggle('a');
    expect(collapsed.visible().map((n) => n.id)).toEqual(['r', 'a', 'b']);
    expect(collapsed.toggle('a').visible().map((n) => n.id)).toEqual(['r', 'a', 'a1', 'b']);
  });

  it('appends the next page after the first and drops the stub on the last page', () => {
    let m = TreeModel.of(root).addPage('r', [node('a', 'r', 1)], 'c1', true);
    expect(m.cursor('r')).toBe('c1');
    m = m.addPage('r', [node('b', 'r', 1), node('a', 'r', 1)], null, false);
    expect(m.visible().map((n) => n.id)).toEqual(['r', 'a', 'b']);
    expect(m.layout({ along: 10, across: 10 }).some((p) => p.item.type === 'more')).toBe(false);
  });

  it('reveals a node found by search under pages not loaded yet', () => {
    const m = TreeModel.of(root)
      .addPage('r', [node('a', 'r', 1)], 'c1', true)
      .reveal([node('x', 'r', 1), node('y', 'x', 2, 'Yolanda Núñez')]);
    expect(m.visible().map((n) => n.id)).toEqual(['r', 'a', 'x', 'y']);
    expect(m.pathTo('y').map((n) => n.id)).toEqual(['r', 'x', 'y']);
    expect(m.find('nunez').map((n) => n.id)).toEqual(['y']);
    expect(m.cursor('r')).toBe('c1');
  });

  it('never lays two nodes of a level on each other', () => {
    let m = TreeModel.of(root).addPage('r', [node('a', 'r', 1), node('b', 'r', 1)], null, false);
    m = m.addPage('a', [node('a1', 'a', 2), node('a2', 'a', 2)], null, false).addPage('b', [node('b1', 'b', 2)], null, false);
    const level2 = m
      .layout({ along: 100, across: 80 })
      .filter((p) => p.y === 160)
      .map((p) => p.x)
      .sort((x, y) => x - y);
    expect(level2).toHaveLength(3);
    level2.slice(1).forEach((x, i) => expect(x - level2[i]).toBeGreaterThanOrEqual(100));
  });
});
