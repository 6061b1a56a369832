/**
 * dive's image efficiency, computed as dive computes it (wagoodman/dive dive/filetree/efficiency.go
 * `Efficiency`, dive/image/analysis.go `Analyze`, file_tree.go `AddPath`/`Stack`/`StackTreeRange`):
 *
 * For every layer, in order, every leaf of the layer's tree (directories holding entries are not leaves) adds a
 * "node" to its path: a file's size; a file whiteout 0; a directory whiteout the size of everything under that
 * directory in the layers below (found in the stack of the earlier layers). Then
 *   score  = Σ over paths of the smallest size seen / Σ over paths of all sizes seen   (1 when nothing is seen)
 *   wasted = Σ over paths seen in 2+ layers of all their sizes (the surviving copy included)
 *   user size = all layers but the first; user wasted percent = wasted / user size.
 * dive prints `int(100 * score)` and sizes with go-humanize. Opaque markers are dropped as dive drops them.
 * Cost: linear in the number of changes, plus sorting each directory's entries.
 */
import { compareNames } from '../context/index.ts';
import type { ImageLayer, LayerChange } from './layer.ts';

export interface EfficiencyOptions {
  /**
   * A parent directory the layer does not list is a directory (true, default: real layer tars list every
   * parent — containerd's ChangeWriter.includeParents) or, as in dive's own unit tests, an untyped node
   * whose whiteout counts 0 bytes (false).
   */
  readonly implicitParentsAreDirs?: boolean;
}

export interface Inefficiency {
  readonly path: string;
  /** How many layers hold a node for this path (file versions and whiteouts). */
  readonly count: number;
  /** The sum of their sizes: dive's "Total Space". */
  readonly totalBytes: number;
}

export interface EfficiencyReport {
  /** 0..1; 1 when the layers hold nothing. */
  readonly score: number;
  /** What dive shows: `int(100 * score)`, truncated. */
  readonly scorePercent: number;
  /** dive's "Potential wasted space". */
  readonly wastedBytes: number;
  readonly imageBytes: number;
  /** All layers but the first (dive's "user size"). */
  readonly userBytes: number;
  /** wasted / user size, as a fraction; NaN or Infinity when the user size is 0, as in Go. */
  readonly userWastedPercent: number;
  /** Largest first (ties by path). */
  readonly inefficiencies: readonly Inefficiency[];
  /** Filesystem layers analysed (history entries without a layer are skipped, as dive skips them). */
  readonly layers: number;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh.';

interface Node {
  readonly name: string;
  readonly parent: Node | undefined;
  children: Map<string, Node> | undefined;
  isDir: boolean;
  size: number;
}

const newNode = (name: string, parent: Node | undefined, isDir: boolean): Node => ({
  name,
  parent,
  children: undefined,
  isDir,
  size: 0,
});

function child(node: Node, name: string): Node | undefined {
  return node.children?.get(name);
}

function addChild(node: Node, name: string, isDir: boolean): Node {
  const made = newNode(name, node, isDir);
  (node.children ??= new Map()).set(name, made);
  return made;
}

/** dive's `AddPath`: creates missing parents with an empty payload and sets the payload on the last name. */
function addPath(root: Node, names: readonly string[], isDir: boolean, size: number, parentsAreDirs: boolean): void {
  let node = root;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (name === '') continue;
    const existing = child(node, name);
    if (existing !== undefined) node = existing;
    else {
      if (name.startsWith(OPAQUE)) return; // opaque markers are not processed
      node = addChild(node, name, parentsAreDirs);
    }
    if (i === names.length - 1) {
      node.isDir = isDir;
      node.size = size;
    }
  }
}

function namesOf(path: string): string[] {
  return path.split('/').filter((n) => n !== '' && n !== '.');
}

/** One layer's tree, as dive reads it from the tar. */
function layerTree(changes: readonly LayerChange[], parentsAreDirs: boolean): Node {
  const root = newNode('', undefined, true);
  for (const change of changes) {
    const names = namesOf(change.path);
    if (change.kind === 'whiteout') {
      const base = names.pop();
      if (base === undefined) continue;
      addPath(root, [...names, WHITEOUT + base], false, 0, parentsAreDirs);
    } else if (change.kind === 'opaque') {
      addPath(root, [...names, OPAQUE + '.opq'], false, 0, parentsAreDirs);
    } else {
      addPath(root, names, change.kind === 'dir', Math.max(0, change.bytes || 0), parentsAreDirs);
    }
  }
  return root;
}

function sortedChildren(node: Node): Node[] {
  if (node.children === undefined) return [];
  return [...node.children.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** Post-order, children in name order, root excluded: dive's `VisitDepthChildFirst`. Stops when `visit` says so. */
function visitChildFirst(root: Node, visit: (node: Node) => boolean): void {
  const stack: { node: Node; kids: Node[]; next: number }[] = [{ node: root, kids: sortedChildren(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: Node; kids: Node[]; next: number };
    if (top.next < top.kids.length) {
      const kid = top.kids[top.next++] as Node;
      stack.push({ node: kid, kids: sortedChildren(kid), next: 0 });
      continue;
    }
    stack.pop();
    if (top.node !== root && !visit(top.node)) return;
  }
}

/** Path of a node, with a whiteout prefix removed from its own name (dive's `Path()`). */
function nodePath(node: Node): string {
  const names: string[] = [];
  for (let n: Node | undefined = node; n?.parent !== undefined; n = n.parent) {
    names.push(n === node && n.name.startsWith(WHITEOUT) ? n.name.slice(WHITEOUT.length) : n.name);
  }
  return '/' + names.reverse().join('/');
}

function copyTree(node: Node, parent: Node | undefined): Node {
  const made = newNode(node.name, parent, node.isDir);
  made.size = node.size;
  if (node.children !== undefined) {
    made.children = new Map();
    for (const [name, kid] of node.children) made.children.set(name, copyTree(kid, made));
  }
  return made;
}

/** dive's `Stack`: apply an upper layer's tree (whiteouts remove, everything else is added). */
function stackOnto(lower: Node, upper: Node, parentsAreDirs: boolean): void {
  visitChildFirst(upper, (node) => {
    const names = namesOf(nodePath(node));
    if (node.name.startsWith(WHITEOUT)) {
      const found = getNode(lower, names);
      if (found?.parent !== undefined) found.parent.children?.delete(found.name);
    } else addPath(lower, names, node.isDir, node.size, parentsAreDirs);
    return true;
  });
}

function getNode(root: Node, names: readonly string[]): Node | undefined {
  let node: Node | undefined = root;
  for (const name of names) {
    node = node === undefined ? undefined : child(node, name);
    if (node === undefined) return undefined;
  }
  return node;
}

function subtreeSize(node: Node): number {
  let total = 0;
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    total += n.size;
    if (n.children !== undefined) for (const kid of n.children.values()) stack.push(kid);
  }
  return total;
}

interface PathData {
  cumulative: number;
  min: number;
  count: number;
}

export function analyzeEfficiency(history: readonly ImageLayer[], options: EfficiencyOptions = {}): EfficiencyReport {
  const parentsAreDirs = options.implicitParentsAreDirs ?? true;
  const layers = history.filter((l) => !l.emptyLayer);
  const trees = layers.map((l) => layerTree(l.changes, parentsAreDirs));
  const hasWhiteout = trees.map((t) => {
    let found = false;
    visitChildFirst(t, (n) => {
      found = n.name.startsWith(WHITEOUT) && n.children === undefined;
      return !found;
    });
    return found;
  });
  const paths = new Map<string, PathData>();
  const inefficient: string[] = [];
  // The stack of layers 0..k-1, kept up to date only when a later layer needs it (StackTreeRange).
  let stacked: Node | undefined;
  const needStack = hasWhiteout.some((w, k) => w && k > 0);

  trees.forEach((tree, k) => {
    const lower = k === 0 ? (hasWhiteout[0] ? copyTree(tree, undefined) : undefined) : stacked;
    visitChildFirst(tree, (node) => {
      if (node.children !== undefined && node.children.size > 0) return true; // leaves only
      const path = nodePath(node);
      let data = paths.get(path);
      if (data === undefined) {
        data = { cumulative: 0, min: -1, count: 0 };
        paths.set(path, data);
      }
      let size: number;
      if (node.name.startsWith(WHITEOUT)) {
        const previous = lower === undefined ? undefined : getNode(lower, namesOf(path));
        // dive's GetNode error ends this layer's walk, leaving the path's entry at its initial min of -1.
        if (previous === undefined) return false;
        size = previous.isDir ? subtreeSize(previous) : 0;
      } else size = node.size;
      data.cumulative += size;
      if (data.min < 0 || size < data.min) data.min = size;
      data.count++;
      if (data.count === 2) inefficient.push(path);
      return true;
    });
    if (!needStack) return;
    if (k === 0) {
      stacked = copyTree(tree, undefined);
      stackOnto(stacked, tree, parentsAreDirs);
    } else if (stacked !== undefined) stackOnto(stacked, tree, parentsAreDirs);
  });

  let minimum = 0;
  let discovered = 0;
  for (const data of paths.values()) {
    minimum += data.min;
    discovered += data.cumulative;
  }
  const score = discovered === 0 ? 1 : minimum / discovered;
  const inefficiencies = inefficient
    .map((path) => {
      const data = paths.get(path) as PathData;
      return { path, count: data.count, totalBytes: data.cumulative };
    })
    .sort((a, b) => b.totalBytes - a.totalBytes || compareNames(a.path, b.path));
  const wastedBytes = inefficiencies.reduce((sum, i) => sum + i.totalBytes, 0);
  let imageBytes = 0;
  let userBytes = 0;
  layers.forEach((l, i) => {
    imageBytes += l.bytes;
    if (i !== 0) userBytes += l.bytes;
  });
  return {
    score,
    scorePercent: Math.trunc(100 * score),
    wastedBytes,
    imageBytes,
    userBytes,
    userWastedPercent: wastedBytes / userBytes,
    inefficiencies,
    layers: layers.length,
  };
}
