/**
 * A Thompson NFA for the parsed expressions (go-regexp-syntax.ts): linear in the text times the expression,
 * like Go's own engine, whatever the pattern. Used where a backtracking engine could take exponential time.
 */
import type { CharSet, Node } from './go-regexp-syntax.ts';

type Inst =
  | { op: 'char'; set: CharSet; next: number }
  | { op: 'split'; a: number; b: number }
  | { op: 'jump'; to: number }
  | { op: 'assert'; which: 'begin' | 'end' | 'word' | 'not-word'; next: number }
  | { op: 'match' };

/** Thompson construction into a flat program (placeholders patched once their targets are known). */
export function compileNfa(nodes: readonly Node[]): Inst[] {
  const prog: Inst[] = [];
  const emit = (inst: Inst): number => prog.push(inst) - 1;
  const patch = (at: number, inst: Inst): void => {
    prog[at] = inst;
  };
  const seq = (list: readonly Node[]): void => {
    for (const node of list) one(node);
  };
  const one = (node: Node): void => {
    switch (node.kind) {
      case 'set':
        emit({ op: 'char', set: node, next: prog.length + 1 });
        return;
      case 'assert':
        emit({ op: 'assert', which: node.which, next: prog.length + 1 });
        return;
      case 'group': {
        const jumps: number[] = [];
        node.alternatives.forEach((alt, k) => {
          const last = k === node.alternatives.length - 1;
          const split = last ? -1 : emit({ op: 'match' });
          const start = prog.length;
          seq(alt);
          if (!last) {
            jumps.push(emit({ op: 'match' }));
            patch(split, { op: 'split', a: start, b: prog.length });
          }
        });
        for (const j of jumps) patch(j, { op: 'jump', to: prog.length });
        return;
      }
      case 'repeat': {
        if (node.max === 1) {
          const split = emit({ op: 'match' });
          one(node.node);
          patch(split, { op: 'split', a: split + 1, b: prog.length });
          return;
        }
        if (node.min === 1) {
          const start = prog.length;
          one(node.node);
          emit({ op: 'split', a: start, b: prog.length + 1 });
          return;
        }
        const split = emit({ op: 'match' });
        one(node.node);
        emit({ op: 'jump', to: split });
        patch(split, { op: 'split', a: split + 1, b: prog.length });
        return;
      }
    }
  };
  seq(nodes);
  emit({ op: 'match' });
  return prog;
}

const isWord = (cp: number): boolean =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || cp === 0x5f || (cp >= 0x61 && cp <= 0x7a);

/** A Thompson NFA simulation (Pike VM without captures); buffers are reused between runs. */
export class Nfa {
  private readonly prog: readonly Inst[];
  private readonly tests: readonly ((cp: number) => boolean)[];
  private readonly seen: Int32Array;
  private current: Int32Array;
  private next: Int32Array;
  private readonly stack: Int32Array;
  private generation = 0;

  constructor(prog: readonly Inst[]) {
    this.prog = prog;
    this.tests = prog.map((inst) => (inst.op === 'char' ? setTest(inst.set) : () => false));
    const m = prog.length;
    this.seen = new Int32Array(m);
    this.current = new Int32Array(m);
    this.next = new Int32Array(m);
    this.stack = new Int32Array(m * 2 + 2);
  }

  /** Adds `pc0` and what it reaches without reading a character to `list`; returns the new length. */
  private add(list: Int32Array, length: number, pc0: number, text: string, pos: number, mark: number): number {
    const { prog, seen, stack } = this;
    let top = 0;
    stack[top++] = pc0;
    let len = length;
    while (top > 0) {
      const pc = stack[--top] as number;
      if (seen[pc] === mark) continue;
      seen[pc] = mark;
      const inst = prog[pc] as Inst;
      if (inst.op === 'jump') stack[top++] = inst.to;
      else if (inst.op === 'split') {
        stack[top++] = inst.b;
        stack[top++] = inst.a;
      } else if (inst.op === 'assert') {
        let ok: boolean;
        if (inst.which === 'begin') ok = pos === 0;
        else if (inst.which === 'end') ok = pos === text.length;
        else {
          const before = pos > 0 ? (text.codePointAt(pos - 1) ?? -1) : -1;
          const after = pos < text.length ? (text.codePointAt(pos) ?? -1) : -1;
          ok = (isWord(before) !== isWord(after)) === (inst.which === 'word');
        }
        if (ok) stack[top++] = inst.next;
      } else list[len++] = pc;
    }
    return len;
  }

  run(text: string): boolean {
    if (this.generation > 0x3fffffff) {
      this.seen.fill(0);
      this.generation = 0;
    }
    let current = this.current;
    let next = this.next;
    let count = this.add(current, 0, 0, text, 0, ++this.generation);
    let pos = 0;
    while (pos < text.length && count > 0) {
      const cp = text.codePointAt(pos) as number;
      const after = pos + (cp > 0xffff ? 2 : 1);
      const mark = ++this.generation;
      let nextCount = 0;
      for (let k = 0; k < count; k++) {
        const pc = current[k] as number;
        const inst = this.prog[pc] as Inst;
        if (inst.op === 'char' && (this.tests[pc] as (cp: number) => boolean)(cp)) {
          nextCount = this.add(next, nextCount, inst.next, text, after, mark);
        }
      }
      [current, next] = [next, current];
      count = nextCount;
      pos = after;
    }
    this.current = current;
    this.next = next;
    if (pos < text.length) return false;
    for (let k = 0; k < count; k++) if ((this.prog[current[k] as number] as Inst).op === 'match') return true;
    return false;
  }
}

function setTest(set: CharSet): (cp: number) => boolean {
  const props = set.props.map((p) => new RegExp(`^\\${p.negated ? 'P' : 'p'}{${p.name}}$`, 'u'));
  const flat = Int32Array.from(set.ranges.flat());
  const negated = set.negated;
  return (cp) => {
    let hit = false;
    for (let k = 0; k < flat.length && !hit; k += 2) hit = cp >= (flat[k] as number) && cp <= (flat[k + 1] as number);
    if (!hit && props.length > 0) {
      const ch = String.fromCodePoint(cp);
      hit = props.some((re) => re.test(ch));
    }
    return hit !== negated;
  };
}
