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

/**
 * A node of dive's file tree. Its children are kept in insertion order in a list (most directories of a
 * layer hold one or two entries, where a map per directory would cost more than the search), indexed by
 * name once the list grows (the stacked tree of a long Dockerfile has directories of thousands).
 */
interface Node {
  readonly name: string;
  readonly parent: Node | undefined;
  kids: Node[] | undefined;
  byName: Map<string, Node> | undefined;
  isDir: boolean;
  size: number;
}

const INDEX_FROM = 8;

const newNode = (name: string, parent: Node | undefined, isDir: boolean): Node => ({
  name,
  parent,
  kids: undefined,
  byName: undefined,
  isDir,
  size: 0,
});

function child(node: Node, name: string): Node | undefined {
  if (node.byName !== undefined) return node.byName.get(name);
  const kids = node.kids;
  if (kids === undefined) return undefined;
  for (let i = 0; i < kids.length; i++) if ((kids[i] as Node).name === name) return kids[i];
  return undefined;
}

/** Adds a child (its name is not among the node's children). */
function attach(node: Node, made: Node): void {
  const kids = (node.kids ??= []);
  kids.push(made);
  if (node.byName !== undefined) node.byName.set(made.name, made);
  else if (kids.length > INDEX_FROM) node.byName = new Map(kids.map((k) => [k.name, k]));
}

function addChild(node: Node, name: string, isDir: boolean): Node {
  const made = newNode(name, node, isDir);
  attach(node, made);
  return made;
}

function removeChild(node: Node, kid: Node): void {
  const kids = node.kids;
  if (kids === undefined) return;
  const at = kids.indexOf(kid);
  if (at < 0) return;
  kids.splice(at, 1);
  node.byName?.delete(kid.name);
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

/** The names of a path (`path.split('/')` without `''` and `.`), in one array. */
function namesOf(path: string): string[] {
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 47) continue;
    if (i > start && !(i === start + 1 && path.charCodeAt(start) === 46)) names.push(path.slice(start, i));
    start = i + 1;
  }
  return names;
}

/** One layer's tree, as dive reads it from the tar. */
function layerTree(changes: readonly LayerChange[], parentsAreDirs: boolean): Node {
  const root = newNode('', undefined, true);
  for (const change of changes) {
    const names = namesOf(change.path);
    if (change.kind === 'whiteout') {
      const base = names.pop();
      if (base === undefined) continue;
      names.push(WHITEOUT + base);
      addPath(root, names, false, 0, parentsAreDirs);
    } else if (change.kind === 'opaque') {
      names.push(OPAQUE + '.opq');
      addPath(root, names, false, 0, parentsAreDirs);
    } else {
      addPath(root, names, change.kind === 'dir', Math.max(0, change.bytes || 0), parentsAreDirs);
    }
  }
  return root;
}

const NO_NODES: readonly Node[] = [];

function sortedChildren(node: Node): readonly Node[] {
  const kids = node.kids;
  if (kids === undefined || kids.length === 0) return NO_NODES;
  if (kids.length === 1) return [kids[0] as Node];
  return kids.slice().sort((a, b) => compareNames(a.name, b.name));
}

/** Some node below `root` is a whiteout leaf (order does not matter for "some"). */
function hasWhiteoutLeaf(root: Node): boolean {
  const kids = root.kids;
  if (kids === undefined) return false;
  for (const kid of kids) {
    if (kid.kids === undefined && kid.name.startsWith(WHITEOUT)) return true;
    if (hasWhiteoutLeaf(kid)) return true;
  }
  return false;
}

/**
 * The leaves (nodes without children) below `node` in the order of dive's `VisitDepthChildFirst` (post-order,
 * children in name order), each with its path as dive's `Path()` prints it (a whiteout prefix removed from
 * the leaf's own name). `prefix` is the path of `node`. Stops, returning false, when `visit` says so.
 */
function visitLeaves(node: Node, prefix: string, visit: (leaf: Node, path: string) => boolean): boolean {
  for (const kid of sortedChildren(node)) {
    if (kid.kids !== undefined && kid.kids.length > 0) {
      if (!visitLeaves(kid, `${prefix}/${kid.name}`, visit)) return false;
      continue;
    }
    const own = kid.name.startsWith(WHITEOUT) ? kid.name.slice(WHITEOUT.length) : kid.name;
    if (!visit(kid, `${prefix}/${own}`)) return false;
  }
  return true;
}

function copyTree(node: Node, parent: Node | undefined): Node {
  const made = newNode(node.name, parent, node.isDir);
  made.size = node.size;
  if (node.kids !== undefined) {
    made.kids = [];
    for (const kid of node.kids) attach(made, copyTree(kid, made));
  }
  return made;
}

/**
 * dive's `Stack`: apply an upper layer's tree (whiteouts remove, everything else is added), visiting it as
 * visitChildFirst does (post-order, names in order) with the names of each node's path kept on a stack
 * rather than printed and split again.
 */
function stackOnto(lower: Node, upper: Node, parentsAreDirs: boolean): void {
  const ancestors: string[] = [];
  const walk = (node: Node): void => {
    for (const kid of sortedChildren(node)) {
      ancestors.push(kid.name);
      walk(kid);
      ancestors.pop();
      // The node's path as nodePath prints it (its own whiteout prefix removed), split as namesOf splits it.
      const whiteout = kid.name.startsWith(WHITEOUT);
      const own = whiteout ? kid.name.slice(WHITEOUT.length) : kid.name;
      const names = own === '' || own === '.' ? ancestors.slice() : [...ancestors, own];
      if (whiteout) {
        const found = getNode(lower, names);
        if (found?.parent !== undefined) removeChild(found.parent, found);
      } else addPath(lower, names, kid.isDir, kid.size, parentsAreDirs);
    }
  };
  walk(upper);
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
    if (n.kids !== undefined) for (const kid of n.kids) stack.push(kid);
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
  const hasWhiteout = trees.map(hasWhiteoutLeaf);
  const paths = new Map<string, PathData>();
  const inefficient: string[] = [];
  // The stack of layers 0..k-1, kept up to date only when a later layer needs it (StackTreeRange).
  let stacked: Node | undefined;
  const needStack = hasWhiteout.some((w, k) => w && k > 0);

  trees.forEach((tree, k) => {
    const lower = k === 0 ? (hasWhiteout[0] ? copyTree(tree, undefined) : undefined) : stacked;
    visitLeaves(tree, '', (node, path) => {
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
