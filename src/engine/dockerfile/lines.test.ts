/**
 * Parser directives, comments, continuations, escape character, ranges.
 */
import { describe, expect, it } from 'vitest';
import { dumpBuildkit, parseDockerfile } from './index.ts';

describe('parser directives', () => {
  it('reads syntax, escape and check at the top, with their lines', () => {
    const r = parseDockerfile('# syntax=docker/dockerfile:1\n#escape=`\n# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM a\n');
    expect(r.directives.map((d) => [d.name, d.value, d.line])).toEqual([
      ['syntax', 'docker/dockerfile:1', 1], ['escape', '`', 2], ['check', 'skip=JSONArgsRecommended,StageNameCasing;error=true', 3],
    ]);
    expect(r.escapeChar).toBe('`');
    expect(r.syntax).toBe('docker/dockerfile:1');
    expect(r.check).toMatchObject({ skip: ['JSONArgsRecommended', 'StageNameCasing'], error: true, experimental: [] });
    expect(r.comments).toEqual([]);
    expect(r.directives[0]!.valueRange).toMatchObject({ start: { line: 1, column: 10 }, end: { line: 1, column: 29 } });
  });
  it.each([
    ['a blank line', '\n# escape=`\nFROM a\n'],
    ['another comment', '# hello\n# escape=`\nFROM a\n'],
    ['an unknown directive', '# foo=bar\n# escape=`\nFROM a\n'],
    ['an instruction', 'FROM a\n# escape=`\n'],
  ])('stops at %s', (_what, text) => {
    const r = parseDockerfile(text);
    expect(r.escapeChar).toBe('\\');
    expect(r.directives.filter((d) => d.name === 'escape')).toEqual([]);
  });
  it.each([
    ['# escape=x\nFROM a\n', "invalid escape token 'x' does not match ` or \\"],
    ['# escape=`\n# escape=\\\nFROM a\n', 'only one escape parser directive can be used'],
    ['# check=skip\nFROM a\n', 'failed to parse check options: invalid check option "skip"'],
  ])('%j -> %s', (text, message) => {
    expect(parseDockerfile(text).errors.map((e) => e.message)).toEqual([message]);
  });
  it('is case-insensitive and allows spaces', () => {
    expect(parseDockerfile('#   ESCAPE  =  `\nFROM a\n').escapeChar).toBe('`');
  });
});

describe('comments', () => {
  it('lists every comment with its line, inside instructions too', () => {
    const r = parseDockerfile('# hadolint ignore=DL3008\nFROM a\nRUN apt-get update \\\n  # not a command\n  && true\n');
    expect(r.comments.map((c) => [c.line, c.text, c.insideInstruction])).toEqual([[1, ' hadolint ignore=DL3008', false], [4, ' not a command', true]]);
    expect(r.instructions[1]!.kind === 'run' && r.instructions[1]!.args[0]!.value).toBe('apt-get update   && true');
  });
  it('gives an instruction the comments right before it, as BuildKit does', () => {
    const r = parseDockerfile('# check=skip=all\nFROM a\n# first\n\n# ARG_NAME the description\nARG ARG_NAME=1\n#\n# after reset\nRUN x\nRUN y\n');
    expect(r.instructions.map((i) => i.precedingComments)).toEqual([[], ['first', 'ARG_NAME the description'], ['after reset'], []]);
  });
});

describe('line continuations', () => {
  it.each([
    ['RUN a \\\n    b', 'a     b', 3, []],
    ['RUN a \\\n\n    b', 'a     b', 4, [3]],
    ['RUN a \\\n   \t\n# c\n  b \\\n  c', 'a   b   c', 6, [3]],
    ['RUN a\\\\', 'a\\\\', 2, []],
    ['RUN a \\', 'a', 2, []],
  ])('%j', (line, value, endLine, empty) => {
    const r = parseDockerfile(`FROM x\n${line}\n`);
    const run = r.instructions[1]!;
    expect(run.args[0]!.value).toBe(value);
    expect(run.endLine).toBe(endLine);
    expect(run.emptyContinuationLines).toEqual(empty);
  });
  it('warns about empty continuation lines at the instruction\'s last line', () => {
    const r = parseDockerfile('FROM x\nRUN a \\\n\n  b\n');
    expect(r.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([['warning', 4, 'Empty continuation line']]);
    expect(r.emptyContinuationLines).toEqual([3]);
  });
  it('continues with the escape character from `# escape=`', () => {
    const r = parseDockerfile('# escape=`\nFROM x\nRUN dir c:\\ `\n  /s\n');
    expect(dumpBuildkit(r)).toBe('(from "x")\n(run "dir c:\\\\   /s")\n');
  });
  it('reads CRLF line endings and a byte order mark', () => {
    const r = parseDockerfile('\ufeffFROM x\r\nRUN a \\\r\n  b\r\n');
    expect(dumpBuildkit(r)).toBe('(from "x")\n(run "a   b")\n');
    expect(r.instructions[0]!.keywordRange.start).toMatchObject({ line: 1, column: 1, offset: 1 });
  });
});

describe('ranges', () => {
  const text = 'FROM node:20 AS build\nCOPY --chown=app:app \\\n     src/ /app/\n';
  const r = parseDockerfile(text);
  const slice = (range: { start: { offset: number }; end: { offset: number } }) => text.slice(range.start.offset, range.end.offset);
  it('covers the instruction, keyword, image, tag and alias', () => {
    const from = r.instructions[0]!;
    if (from.kind !== 'from') throw new Error();
    expect([slice(from.range), slice(from.keywordRange), slice(from.image!.nameRange), slice(from.image!.tagRange!), slice(from.alias!.range)]).toEqual(
      ['FROM node:20 AS build', 'FROM', 'node', '20', 'build'],
    );
    expect(from.alias!.range).toEqual({ start: { line: 1, column: 17, offset: 16 }, end: { line: 1, column: 22, offset: 21 } });
    expect(from.raw).toBe('FROM node:20 AS build');
  });
  it('covers flags and arguments across continuation lines', () => {
    const copy = r.instructions[1]!;
    if (copy.kind !== 'copy') throw new Error();
    const chown = copy.options.chown!;
    expect([slice(chown.range), slice(chown.nameRange), slice(chown.valueRange!)]).toEqual(['--chown=app:app', '--chown', 'app:app']);
    expect(copy.sources[0]!.range.start).toMatchObject({ line: 3, column: 6 });
    expect(slice(copy.dest!.range)).toBe('/app/');
    expect(copy.range).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 3, column: 16 } });
    expect(copy.raw).toBe('COPY --chown=app:app \\\n     src/ /app/');
  });
  it('places shell words in the source', () => {
    const t = 'FROM a\nRUN apt-get update && \\\n    apt-get install -y curl\n';
    const run = parseDockerfile(t).instructions[1]!;
    if (run.kind !== 'run' || run.command?.kind !== 'shell') throw new Error();
    const install = run.command.script.commands[1]!;
    expect(t.slice(install.range.start.offset, install.range.end.offset)).toBe('apt-get install -y curl');
    expect(install.args[1]!.range).toEqual({ start: { line: 3, column: 21, offset: 51 }, end: { line: 3, column: 23, offset: 53 } });
  });
});
