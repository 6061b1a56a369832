/**
 * Redrawing a panel on every keystroke without rebuilding it: children keyed by what they show keep their nodes.
 * (Kept apart from dom.ts, which every page loads first; this is needed only once the workbench is open.)
 */
/** A child for `fillKeyed`: `key` names what it shows (its data, as a string); `build` makes it. */
export interface Keyed {
  readonly key: string;
  readonly build: () => Node;
}

const keyedNodes = new WeakMap<Element, Map<string, Node[]>>();

/**
 * `fill` for redraws that change little (a panel on every keystroke): a child whose key `parent` already showed keeps
 * its node — not rebuilt, not re-laid-out, and its state (an open <details>, a selection) kept — and only the others
 * are built and put in place. The key must cover everything the node shows or does: same key, same node.
 * Returns the children's nodes, in order.
 */
export function fillKeyed(parent: Element, children: readonly Keyed[]): Node[] {
  const before = keyedNodes.get(parent);
  const now = new Map<string, Node[]>();
  const nodes = children.map(({ key, build }) => {
    // Equal keys (two identical rows) each keep a node of their own.
    const node = before?.get(key)?.shift() ?? build();
    const same = now.get(key);
    if (same) same.push(node);
    else now.set(key, [node]);
    return node;
  });
  keyedNodes.set(parent, now);
  // Move or insert only the nodes that are not already where they belong; what is left over goes.
  nodes.forEach((node, i) => {
    const at = parent.childNodes[i];
    if (at !== node) parent.insertBefore(node, at ?? null);
  });
  while (parent.childNodes.length > nodes.length) parent.lastChild!.remove();
  return nodes;
}

/** Sets a node's text only when it differs (an equal write still costs a relayout). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
