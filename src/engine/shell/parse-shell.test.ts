/**
 * The shell-words model: operators, compound commands, quoting, substitutions, redirections,
 * heredocs, and the context of every simple command.
 */
import { describe, expect, it } from 'vitest';
import type { SimpleCommand } from './index.ts';
import { parseShell } from './index.ts';

/** `name arg arg` for each simple command, `<raw>` for a word with an expansion. */
function summary(text: string): string[] {
  return parseShell(text).commands.map((c) =>
    [...c.assignments.map((a) => `${a.name}=${a.value?.value ?? (a.value ? `<${a.value.raw}>` : '')}`), ...[c.name, ...c.args].map((w) => (w === undefined ? '' : w.value ?? `<${w.raw}>`))].join(' ').trim(),
  );
}

function contexts(text: string, pick: (c: SimpleCommand) => unknown): unknown[] {
  return parseShell(text).commands.map(pick);
}

describe('commands and operators', () => {
  it.each([
    ['apt-get update && apt-get install -y curl', ['apt-get update', 'apt-get install -y curl']],
    ['a || b; c & d | e |& f', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['a\nb\n\nc', ['a', 'b', 'c']],
    ['a && \\\n  b', ['a', 'b']],
    ['(cd /x && make) || { echo fail; exit 1; }', ['cd /x', 'make', 'echo fail', 'exit 1']],
    ['A=1 B="x y" cmd arg', ['A=1 B=x y cmd arg']],
    ['A=1', ['A=1']],
    ['cmd A=1', ['cmd A=1']],
    ['echo $(date +%s) `whoami`', ['echo <$(date +%s)> <`whoami`>', 'date +%s', 'whoami']],
    ['echo "$(cat "$f")"', ['echo <"$(cat "$f")">', 'cat <"$f">']],
    ["echo 'a b' \"c $d\" e\\ f", ['echo a b <"c $d"> e f']],
    ['echo ${A:-x} ${#B} $1 $@ $$', ['echo <${A:-x}> <${#B}> <$1> <$@> <$$>']],
    ['echo $((1 + 2))', ['echo <$((1 + 2))>']],
    ['echo a # comment && not a command', ['echo a']],
    ['echo a#b', ['echo a#b']],
  ])('%j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
    expect(parseShell(text).errors).toEqual([]);
  });

  it('records the operator around each command', () => {
    expect(contexts('a && b || c; d & e | f', (c) => [c.name?.value, c.context.operatorBefore, c.context.operatorAfter])).toEqual([
      ['a', undefined, '&&'], ['b', '&&', '||'], ['c', '||', ';'], ['d', ';', '&'], ['e', '&', '|'], ['f', '|', undefined],
    ]);
  });

  it('marks pipelines, background jobs and negation', () => {
    expect(contexts('! a | b && c &', (c) => [c.name?.value, c.context.inPipeline, c.context.pipedOut, c.context.negated, c.context.background])).toEqual([
      ['a', true, true, true, true], ['b', true, false, true, true], ['c', false, false, false, true],
    ]);
  });
});

describe('compound commands', () => {
  it.each([
    ['if [ -f x ]; then echo yes; elif true; then echo maybe; else echo no; fi', ['[ -f x ]', 'echo yes', 'true', 'echo maybe', 'echo no'], 'if'],
    ['for i in 1 2 $(seq 3); do echo $i; done', ['seq 3', 'echo <$i>'], 'for'],
    ['for f; do echo; done', ['echo'], 'for'],
    ['while read l; do echo "$l"; done < file', ['read l', 'echo <"$l">'], 'while'],
    ['until false; do sleep 1; done', ['false', 'sleep 1'], 'while'],
    ['case "$1" in a|b) echo ab;; *) echo other;; esac', ['echo ab', 'echo other'], 'case'],
    ['f() { echo hi; }; f', ['echo hi', 'f'], 'function'],
    ['function g { echo hi; }', ['echo hi'], 'function'],
    ['{ a; b; } > log', ['a', 'b'], 'group'],
    ['( a )', ['a'], 'subshell'],
  ])('%j', (text, commands, kind) => {
    const s = parseShell(text);
    expect(summary(text)).toEqual(commands);
    expect(s.body.items[0]!.pipelines[0]!.commands[0]!.kind).toBe(kind);
    expect(s.errors).toEqual([]);
  });

  it('marks where each command sits', () => {
    const s = 'if a; then b; fi; while c; do d; done; (e); { f; }; g $(h)';
    expect(contexts(s, (c) => {
      const x = c.context;
      return [c.name?.value, x.inIf, x.inCondition, x.inLoop, x.inSubshell, x.inGroup, x.inSubstitution, x.depth];
    })).toEqual([
      ['a', true, true, false, false, false, false, 1],
      ['b', true, false, false, false, false, false, 1],
      ['c', false, true, true, false, false, false, 1],
      ['d', false, false, true, false, false, false, 1],
      ['e', false, false, false, true, false, false, 1],
      ['f', false, false, false, false, true, false, 1],
      ['g', false, false, false, false, false, false, 0],
      ['h', false, false, false, false, false, true, 1],
    ]);
  });
});

describe('redirections and heredocs', () => {
  it('reads redirections with their file descriptors', () => {
    const c = parseShell('cmd > out 2>&1 < in >> log 3<&0 &> all').commands[0]!;
    expect(c.redirects.map((r) => [r.fd, r.op, r.target?.value])).toEqual([
      [undefined, '>', 'out'], [2, '>&', '1'], [undefined, '<', 'in'], [undefined, '>>', 'log'], [3, '<&', '0'], [undefined, '&>', 'all'],
    ]);
    expect(c.args).toEqual([]);
  });
  it('attaches heredoc bodies, quoted or not, with tabs stripped for <<-', () => {
    const s = parseShell("cat <<EOF > a; cat <<-'END'\nhello $USER\nEOF\n\tbye\n\tEND\necho done");
    expect(s.commands.map((c) => c.redirects.find((r) => r.heredoc)?.heredoc).filter(Boolean).map((h) => [h!.delimiter, h!.quoted, h!.stripTabs, h!.body, h!.terminated])).toEqual([
      ['EOF', false, false, 'hello $USER\n', true],
      ['END', true, true, 'bye\n', true],
    ]);
    expect(summary("cat <<EOF > a; cat <<-'END'\nhello $USER\nEOF\n\tbye\n\tEND\necho done")).toEqual(['cat', 'cat', 'echo done']);
  });
});

describe('errors are values and parsing goes on', () => {
  it.each([
    ['echo "unterminated', ['echo unterminated'], 'unterminated quoted string'],
    ["echo 'x", ['echo x'], 'unterminated quoted string'],
    ['a &&', ['a'], 'syntax error: expected a command after "&&"'],
    ['a | ', ['a'], 'syntax error: expected a command after "|"'],
    ['(a', ['a'], "syntax error: missing ')'"],
    ['if a; then b', ['a', 'b'], 'syntax error: expected "fi"'],
    ['echo $(date', ['echo <$(date>', 'date'], "unterminated command substitution: missing ')'"],
    ['fi; echo after', ['echo after'], "syntax error near unexpected token `fi'"],
    ['cat <<EOF\nno end', ['cat'], "here-document delimited by end-of-file (wanted `EOF')"],
  ])('%j', (text, commands, error) => {
    const s = parseShell(text);
    expect(summary(text)).toEqual(commands);
    expect(s.errors.map((e) => e.message)).toEqual([error]);
  });
});

describe('ranges', () => {
  it('gives every word and command its range in the text', () => {
    const text = 'apt-get install -y \\\n  curl && rm -rf /x';
    const s = parseShell(text);
    const slice = (r: { start: { offset: number }; end: { offset: number } }) => text.slice(r.start.offset, r.end.offset);
    expect(s.commands.map((c) => slice(c.range))).toEqual(['apt-get install -y \\\n  curl', 'rm -rf /x']);
    expect(s.commands[0]!.args[2]!.range).toEqual({ start: { line: 2, column: 3, offset: 23 }, end: { line: 2, column: 7, offset: 27 } });
  });
});
