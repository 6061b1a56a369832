/**
 * The editor re-parses on every keystroke: half-typed input must still give a tree with the
 * instruction in it, and an error value, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './index.ts';

describe('half-typed input', () => {
  it.each([
    ['FR', 'unknown', ['unknown instruction: FR (did you mean FROM?)']],
    ['FROM', 'from', ['FROM requires either one or three arguments']],
    ['FROM node:', 'from', []],
    ['FROM node AS', 'from', ['FROM requires either one or three arguments']],
    ['FROM node\nRUN apt-get install \\', 'run', []],
    ['FROM node\nCOPY --fro', 'copy', ['COPY requires at least two arguments, but only one was provided. Destination could not be determined']],
    ['FROM node\nCOPY --fro src /dst', 'copy', ['unknown flag: --fro (did you mean from?)']],
    ['FROM node\nCMD ["node", "ser', 'cmd', []],
    ['FROM node\nRUN echo "unclosed', 'run', []],
    ['FROM node\nRUN <<EOF\napt-get upd', 'run', ['unterminated heredoc']],
    ['FROM node\nENV A', 'env', ['ENV must have two arguments']],
    ['FROM node\nENV A=', 'env', []],
    ['FROM node\nLABEL a="b', 'label', []],
    ['FROM node\nHEALTHCHECK --interval=', 'healthcheck', ['HEALTHCHECK requires at least one argument']],
    ['FROM node\nRUN --mount=type=cache,target=', 'run', []],
    ['FROM node\nONBUILD RU', 'onbuild', []],
    ['FROM node\nSHELL ["/bin/bash"', 'shell', ['SHELL requires the arguments to be in JSON form']],
    ['FROM node\nRUN a &&', 'run', []],
    ['FROM node\nRUN (cd / && make', 'run', []],
  ])('%j', (text, kind, errors) => {
    const r = parseDockerfile(text);
    expect(r.instructions[r.instructions.length - 1]!.kind).toBe(kind);
    expect(r.errors.map((e) => e.message)).toEqual(errors);
  });

  it('keeps understanding the lines after a broken one', () => {
    const r = parseDockerfile('FROM node\nRUNN x\nCOPY --fro=a b c\nRUN <<EOF\nok\nEOF\nUSER app\n');
    expect(r.instructions.map((i) => i.kind)).toEqual(['from', 'unknown', 'copy', 'run', 'user']);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it('gives the shell words of an unfinished RUN', () => {
    const run = parseDockerfile('FROM node\nRUN apt-get update && apt-get install -y \\').instructions[1]!;
    if (run.kind !== 'run' || run.command?.kind !== 'shell') throw new Error('expected shell form');
    expect(run.command.script.commands.map((c) => [c.name?.value, c.args.map((a) => a.value)])).toEqual([
      ['apt-get', ['update']],
      ['apt-get', ['install', '-y']],
    ]);
  });

  it('parses every prefix of a Dockerfile without throwing', () => {
    const text = '# syntax=docker/dockerfile:1\nARG V=1\nFROM node:${V} AS b\nRUN --mount=type=cache,target=/x \\\n  npm ci && echo "$(date)" <<EOF\nbody\nEOF\nCOPY ["a", "b"]\nHEALTHCHECK CMD curl -f http://x/ || exit 1\nONBUILD RUN x\n';
    for (let i = 0; i <= text.length; i++) {
      const r = parseDockerfile(text.slice(0, i));
      expect(r.kind).toBe('dockerfile');
    }
  });
});
