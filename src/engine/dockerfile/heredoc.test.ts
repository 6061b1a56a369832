/**
 * Heredocs, with the cases of BuildKit's parser_heredoc_test.go (TestParseExtractsHeredoc,
 * TestParseHeredocHelpers, TestHeredocsFromLine) plus what the shell model makes of them.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './index.ts';
import { heredocWordsFromLine, parseHeredocWord } from './heredoc-words.ts';

const heredocs = (text: string) =>
  parseDockerfile(`FROM alpine\n${text}\n`).instructions[1]!.heredocs.map((h) => ({
    name: h.name, content: h.content, expand: h.expand, chomp: h.chomp, fd: h.fileDescriptor,
  }));

describe('heredocs on RUN / COPY / ADD (BuildKit TestParseExtractsHeredoc)', () => {
  it.each([
    ['RUN <<EMPTY\nEMPTY', [{ name: 'EMPTY', content: '', expand: true, chomp: false, fd: undefined }]],
    ['RUN 3<<EMPTY2\nEMPTY2', [{ name: 'EMPTY2', content: '', expand: true, chomp: false, fd: 3 }]],
    ['RUN "<<NOHEREDOC"', []],
    ['RUN <<INDENT\n\tfoo\n\tbar\nINDENT', [{ name: 'INDENT', content: '\tfoo\n\tbar\n', expand: true, chomp: false, fd: undefined }]],
    ['RUN <<-UNINDENT\n\tbaz\n\tquux\nUNINDENT', [{ name: 'UNINDENT', content: '\tbaz\n\tquux\n', expand: true, chomp: true, fd: undefined }]],
    ['RUN <<-UNINDENT2\n\tbaz\n\tquux\n\tUNINDENT2', [{ name: 'UNINDENT2', content: '\tbaz\n\tquux\n', expand: true, chomp: true, fd: undefined }]],
    ["RUN <<-'NOEXPAND'\n\tdon't expand $NAME\nNOEXPAND", [{ name: 'NOEXPAND', content: "\tdon't expand $NAME\n", expand: false, chomp: true, fd: undefined }]],
    ['RUN <<COMMENT\n# internal comment\necho hello world\nCOMMENT', [{ name: 'COMMENT', content: '# internal comment\necho hello world\n', expand: true, chomp: false, fd: undefined }]],
    ['RUN --mount=type=cache,target=/foo <<MOUNT\necho hello\nMOUNT', [{ name: 'MOUNT', content: 'echo hello\n', expand: true, chomp: false, fd: undefined }]],
    ['COPY <<FILE1 <<FILE2 /dest\ncontent 1\nFILE1\ncontent 2\nFILE2', [
      { name: 'FILE1', content: 'content 1\n', expand: true, chomp: false, fd: undefined },
      { name: 'FILE2', content: 'content 2\n', expand: true, chomp: false, fd: undefined },
    ]],
    ['COPY <<X <<Y /dest\nY\nX\nX\nY', [
      { name: 'X', content: 'Y\n', expand: true, chomp: false, fd: undefined },
      { name: 'Y', content: 'X\n', expand: true, chomp: false, fd: undefined },
    ]],
    ["RUN <<COMPLEX python3\nprint('hello world')\nCOMPLEX", [{ name: 'COMPLEX', content: "print('hello world')\n", expand: true, chomp: false, fd: undefined }]],
    ['COPY <<file.txt /dest\nhello world\nfile.txt', [{ name: 'file.txt', content: 'hello world\n', expand: true, chomp: false, fd: undefined }]],
    ["RUN <<eo'f'\necho foo\neof", [{ name: 'eof', content: 'echo foo\n', expand: false, chomp: false, fd: undefined }]],
    ["RUN <<eo\\'f\necho foo\neo'f", [{ name: "eo'f", content: 'echo foo\n', expand: true, chomp: false, fd: undefined }]],
    ["RUN <<'e'o\\'f\necho foo\neo'f", [{ name: "eo'f", content: 'echo foo\n', expand: false, chomp: false, fd: undefined }]],
    ["RUN <<'one two'\necho bar\none two", [{ name: 'one two', content: 'echo bar\n', expand: false, chomp: false, fd: undefined }]],
    ['RUN <<$EOF\n$EOF', [{ name: '$EOF', content: '', expand: true, chomp: false, fd: undefined }]],
    ['RUN <<  EOF\nEOF', [{ name: 'EOF', content: '', expand: true, chomp: false, fd: undefined }]],
    ['RUN <<  EOF  > foo\nEOF', [{ name: 'EOF', content: '', expand: true, chomp: false, fd: undefined }]],
    ['RUN ["<<EOF"]', []],
    ['ONBUILD RUN <<EOF\necho hi\nEOF', [{ name: 'EOF', content: 'echo hi\n', expand: true, chomp: false, fd: undefined }]],
  ])('%j', (text, expected) => {
    expect(heredocs(text)).toEqual(expected);
  });

  it('does not read heredocs on other instructions: the next line is an instruction of its own', () => {
    const r = parseDockerfile('FROM alpine\nUSER <<INVALID\nINVALID\n');
    expect(r.instructions.map((i) => i.kind)).toEqual(['from', 'user', 'unknown']);
  });

  it('reports an unterminated heredoc and keeps the tree', () => {
    const r = parseDockerfile('FROM alpine\nRUN <<EOF\napt-get update\n');
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[2, 'unterminated heredoc']]);
    const run = r.instructions[1]!;
    expect(run.heredocs[0]).toMatchObject({ terminated: false, content: 'apt-get update\n' });
    expect(run.endLine).toBe(3);
  });

  it('strips leading tabs in `data` for <<-, as the build does', () => {
    const r = parseDockerfile('FROM alpine\nCOPY <<-EOF /f\n\t\tone\n\ttwo\n\tEOF\n');
    expect(r.instructions[1]!.heredocs[0]).toMatchObject({ content: '\t\tone\n\ttwo\n', data: 'one\ntwo\n' });
  });

  it('gives header, body and whole ranges', () => {
    const r = parseDockerfile('FROM alpine\nRUN <<EOF\necho a\necho b\nEOF\n');
    const h = r.instructions[1]!.heredocs[0]!;
    expect([h.headerRange.start.line, h.headerRange.start.column, h.headerRange.end.column]).toEqual([2, 5, 10]);
    expect([h.bodyRange.start.line, h.bodyRange.end.line, h.range.end.line]).toEqual([3, 4, 5]);
  });
});

describe('heredoc words (BuildKit TestParseHeredocHelpers / TestHeredocsFromLine)', () => {
  it.each(['<<EOF', "<<'EOF'", '<<"EOF"', '<<-EOF', "<<-'EOF'", '<<-"EOF"', '<<EO"F"', '<< EOF', '<<- EOF'])('%s is a heredoc named EOF', (w) => {
    expect(parseHeredocWord(w)).toMatchObject({ name: 'EOF' });
  });
  it.each(["<<'EOF", '<<"EOF', "<<EOF'", '<<EOF"'])('%s is an error', (w) => {
    expect(typeof parseHeredocWord(w)).toBe('string');
  });
  it.each(['', 'EOF', '<<', '<<-', '<EOF', '<<<EOF', '<<EOF sh'])('%j is not a heredoc', (w) => {
    expect(parseHeredocWord(w)).toBeUndefined();
  });
  it.each([
    ['RUN <<EOF', ['EOF']],
    ['RUN <<-EOF', ['EOF']],
    // The line lexer splits `<<-` from `EOF`, so BuildKit finds no heredoc here (its test only
    // checks the heredocs it gets, so it passes with none).
    ['RUN <<- EOF', []],
    ['RUN << -EOF', ['-EOF']],
    ["RUN <<'EOF'", ['EOF']],
    ['RUN 4<<EOF', ['EOF']],
    ['RUN <<EOF <<EOF2', ['EOF', 'EOF2']],
    ["RUN '<<EOF'", []],
    ['RUN "<<EOF"', []],
  ])('%s', (line, names) => {
    expect(heredocWordsFromLine(line).heredocs.map((h) => h.name)).toEqual(names);
  });
});

describe('the script a RUN heredoc runs', () => {
  const script = (text: string) => {
    const run = parseDockerfile(`FROM alpine\n${text}\n`).instructions[1]!;
    if (run.kind !== 'run' || run.command?.kind !== 'shell') throw new Error('expected shell form');
    return run.command;
  };
  it('a lone heredoc runs its body', () => {
    const c = script('RUN <<EOF\napt-get update\napt-get install -y curl\nEOF');
    expect(c.script.commands.map((x) => x.name?.value)).toEqual(['apt-get', 'apt-get']);
    expect(c.script.commands[1]!.range.start).toMatchObject({ line: 4, column: 1 });
  });
  it('a heredoc fed to a command is the command line plus the body', () => {
    const c = script('RUN cat <<EOF > /etc/motd\nhello\nEOF');
    expect(c.script.commands).toHaveLength(1);
    expect(c.script.commands[0]!.redirects[0]!.heredoc?.body).toBe('hello\n');
  });
  it('a body with a non-shell shebang is not parsed as shell', () => {
    const c = script('RUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF');
    expect(c.shebang).toBe('/usr/bin/env python3');
    expect(c.script.commands).toEqual([]);
  });
  it('a body with a sh shebang is', () => {
    const c = script('RUN <<EOF\n#!/bin/sh\nset -e\necho hi\nEOF');
    expect(c.script.commands.map((x) => x.name?.value)).toEqual(['set', 'echo']);
  });
});
