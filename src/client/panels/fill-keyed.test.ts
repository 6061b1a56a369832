import { describe, expect, test } from 'vitest';
import { fillKeyed } from './fill-keyed.ts';

/** Just enough of a DOM element for fillKeyed (the unit tests run in Node): children, insertBefore that moves. */
class FakeNode {
  parent: FakeParent | undefined;
  readonly label: string;
  constructor(label: string) {
    this.label = label;
  }
  remove(): void {
    this.parent?.detach(this);
  }
}
class FakeParent {
  readonly childNodes: FakeNode[] = [];
  mutations = 0;
  get lastChild(): FakeNode | null {
    return this.childNodes.at(-1) ?? null;
  }
  detach(node: FakeNode): void {
    this.childNodes.splice(this.childNodes.indexOf(node), 1);
    node.parent = undefined;
    this.mutations++;
  }
  insertBefore(node: FakeNode, before: FakeNode | null): void {
    if (node.parent) node.parent.detach(node);
    const at = before ? this.childNodes.indexOf(before) : this.childNodes.length;
    this.childNodes.splice(at, 0, node);
    node.parent = this;
    this.mutations++;
  }
}

function drawer() {
  const parent = new FakeParent();
  let built: string[] = [];
  const draw = (keys: readonly string[]): string[] => {
    built = [];
    const children = keys.map((key) => ({ key, build: () => (built.push(key), new FakeNode(key)) as unknown as Node }));
    fillKeyed(parent as unknown as Element, children);
    return parent.childNodes.map((n) => n.label);
  };
  return { parent, draw, built: () => built };
}

describe('fillKeyed', () => {
  const cases: readonly { name: string; first: string[]; then: string[]; built: string[] }[] = [
    { name: 'the same keys again build nothing', first: ['a', 'b', 'c'], then: ['a', 'b', 'c'], built: [] },
    { name: 'one changed child is the only one built', first: ['a', 'b', 'c'], then: ['a', 'B', 'c'], built: ['B'] },
    { name: 'a child added at the end', first: ['a', 'b'], then: ['a', 'b', 'c'], built: ['c'] },
    { name: 'a child removed from the middle', first: ['a', 'b', 'c'], then: ['a', 'c'], built: [] },
    { name: 'children reordered keep their nodes', first: ['a', 'b', 'c'], then: ['c', 'a', 'b'], built: [] },
    { name: 'equal keys each get a node', first: ['x', 'x'], then: ['x', 'x', 'x'], built: ['x'] },
    { name: 'everything new', first: ['a'], then: ['b', 'c'], built: ['b', 'c'] },
  ];
  test.each(cases)('$name', ({ first, then, built }) => {
    const { parent, draw, built: builtNow } = drawer();
    draw(first);
    const kept = new Map(parent.childNodes.map((n) => [n.label, n]));
    expect(draw(then)).toEqual(then);
    expect(builtNow()).toEqual(built);
    for (const node of parent.childNodes) if (!built.includes(node.label)) expect(node).toBe(kept.get(node.label));
  });

  test('an unchanged redraw does not touch the DOM', () => {
    const { parent, draw } = drawer();
    draw(['a', 'b', 'c']);
    parent.mutations = 0;
    draw(['a', 'b', 'c']);
    expect(parent.mutations).toBe(0);
  });

  test('children put there by someone else (a placeholder) are replaced, the kept ones come back', () => {
    const { parent, draw, built } = drawer();
    draw(['a', 'b']);
    const a = parent.childNodes[0]!;
    for (const node of [...parent.childNodes]) node.remove();
    parent.insertBefore(new FakeNode('placeholder'), null);
    expect(draw(['a', 'b'])).toEqual(['a', 'b']);
    expect(built()).toEqual([]);
    expect(parent.childNodes[0]).toBe(a);
  });
});
