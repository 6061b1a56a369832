/**
 * Typed instruction nodes: what each instruction's fields hold, and BuildKit's errors.
 */
import { describe, expect, it } from 'vitest';
import type { Instruction } from './index.ts';
import { parseDockerfile } from './index.ts';

/** Parses `FROM scratch` + `line` and returns the instruction of `line`. */
function one(line: string): Instruction {
  const r = parseDockerfile(`FROM scratch\n${line}\n`);
  return r.instructions[1]!;
}

function errorsOf(text: string): string[] {
  return parseDockerfile(text).errors.map((e) => `${e.line}: ${e.message}`);
}

describe('FROM', () => {
  it.each([
    ['FROM node:20-alpine AS build', { name: 'node', tag: '20-alpine', digest: undefined, alias: 'build' }],
    ['FROM docker.io/library/node@sha256:abc', { name: 'docker.io/library/node', tag: undefined, digest: 'sha256:abc', alias: undefined }],
    ['FROM localhost:5000/app:1.2 as Base', { name: 'localhost:5000/app', tag: '1.2', digest: undefined, alias: 'Base' }],
    ['FROM ${REGISTRY:-docker.io}/node:${TAG}', { name: '${REGISTRY:-docker.io}/node', tag: '${TAG}', digest: undefined, alias: undefined }],
    ['from --platform=$BUILDPLATFORM golang:1.23 AS b', { name: 'golang', tag: '1.23', digest: undefined, alias: 'b' }],
  ])('%s', (text, expected) => {
    const r = parseDockerfile(text);
    const f = r.instructions[0]!;
    if (f.kind !== 'from') throw new Error('not from');
    expect({ name: f.image?.name, tag: f.image?.tag, digest: f.image?.digest, alias: f.alias?.value }).toEqual(expected);
    expect(r.errors).toEqual([]);
  });

  it('keeps AS as written and lower-cases the stage name', () => {
    const r = parseDockerfile('FROM alpine As Builder\n');
    expect(r.instructions[0]).toMatchObject({ asKeyword: { value: 'As' }, alias: { value: 'Builder' } });
    expect(r.stages[0]!.name).toBe('builder');
  });

  it('reads --platform', () => {
    const f = parseDockerfile('FROM --platform=linux/arm64 alpine\n').instructions[0]!;
    expect(f.kind === 'from' && f.platform?.value).toBe('linux/arm64');
  });

  it.each([
    ['FROM', 'FROM requires either one or three arguments'],
    ['FROM a b', 'FROM requires either one or three arguments'],
    ['FROM a AS 1x', 'invalid name for build stage: "1x", name can\'t start with a number or contain symbols'],
    ['FROM --platfrom=x a', 'unknown flag: --platfrom (did you mean platform?)'],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(text + '\n')).toEqual([`1: ${message}`]);
  });
});

describe('stages and global ARGs', () => {
  it('groups instructions into stages and keeps ARGs before the first FROM global', () => {
    const r = parseDockerfile('ARG V=1\nARG BASE\nFROM a AS one\nRUN x\nFROM one\nCOPY --from=one /a /b\n');
    expect(r.globalArgs.map((a) => a.pairs.map((p) => [p.key, p.value]))).toEqual([[['V', '1']], [['BASE', undefined]]]);
    expect(r.stages.map((s) => [s.name, s.instructions.map((i) => i.kind)])).toEqual([['one', ['run']], [undefined, ['copy']]]);
    expect(r.instructions.map((i) => i.stageIndex)).toEqual([undefined, undefined, 0, 0, 1, 1]);
    expect(r.stages[1]!.range).toMatchObject({ start: { line: 5 }, end: { line: 6 } });
  });
  it('rejects an instruction before the first FROM that is not ARG', () => {
    expect(errorsOf('RUN x\nFROM a\n')).toEqual(['1: no build stage in current context']);
  });
});

describe('RUN', () => {
  it('parses mounts into structures', () => {
    const r = one('RUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip --mount=type=secret,id=npmrc,target=/root/.npmrc,required --mount=type=bind,from=build,source=/out,target=/in,rw pip install x');
    if (r.kind !== 'run') throw new Error('not run');
    expect(r.mounts.map(({ flag: _f, options: _o, ...m }) => m)).toEqual([
      { kind: 'mount', type: 'cache', target: '/root/.cache', source: undefined, from: undefined, id: 'pip', sharing: 'locked', mode: undefined, uid: undefined, gid: undefined, readOnly: false, required: undefined, size: undefined, env: undefined },
      { kind: 'mount', type: 'secret', target: '/root/.npmrc', source: undefined, from: undefined, id: 'npmrc', sharing: undefined, mode: undefined, uid: undefined, gid: undefined, readOnly: true, required: true, size: undefined, env: undefined },
      { kind: 'mount', type: 'bind', target: '/in', source: '/out', from: 'build', id: undefined, sharing: undefined, mode: undefined, uid: undefined, gid: undefined, readOnly: false, required: undefined, size: undefined, env: undefined },
    ]);
    expect(r.command?.kind === 'shell' && r.command.text).toBe('pip install x');
  });
  it('reads --network and --security', () => {
    const r = one('RUN --network=none --security=insecure make');
    expect(r.kind === 'run' && [r.network?.value, r.security?.value]).toEqual(['none', 'insecure']);
  });
  it.each([
    ['RUN --mount=type=cachee,target=/x a', 'unsupported mount type "cachee" (did you mean cache?)'],
    ['RUN --mount=type=cache,target=/x,sharing=shard a', 'unsupported sharing value "shard" (did you mean shared?)'],
    ['RUN --mount=type=secret a', 'invalid secret mount. one of source, target required'],
    ['RUN --mount=type=bind,target=/x,mode=0700 a', 'mode not allowed for "bind" type mounts'],
    ['RUN --mount=type=cache,targt=/x a', "unexpected key 'targt' in 'targt=/x' (did you mean target?)"],
    ['RUN --network=bridge a', 'invalid network mode "bridge"'],
    ['RUN --mount a', 'missing a value on flag: --mount'],
    ['RUN --mout=type=bind a', 'unknown flag: --mout (did you mean mount?)'],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(`FROM a\n${text}\n`)).toEqual([`2: ${message}`]);
  });
  it('exec form, shell form and the JSON fallback', () => {
    const exec = one('RUN ["apt-get", "update"]');
    expect(exec.kind === 'run' && exec.command).toMatchObject({ kind: 'exec', args: [{ value: 'apt-get' }, { value: 'update' }] });
    const fallback = one("RUN ['apt-get', 'update']");
    expect(fallback.kind === 'run' && fallback.command).toMatchObject({ kind: 'shell', looksLikeJson: true, text: "['apt-get', 'update']" });
    const shell = one('RUN apt-get update');
    expect(shell.kind === 'run' && shell.command).toMatchObject({ kind: 'shell', looksLikeJson: false });
  });
});

describe('COPY and ADD', () => {
  it('reads sources, destination and every flag', () => {
    const c = one('COPY --from=build --chown=app:app --chmod=0755 --link --exclude=*.md --exclude=*.txt --parents a b /dst/');
    if (c.kind !== 'copy') throw new Error('not copy');
    expect(c.sources.map((s) => s.value)).toEqual(['a', 'b']);
    expect(c.dest?.value).toBe('/dst/');
    expect([c.options.from?.value, c.options.chown?.value, c.options.chmod?.value, c.linked, c.options.exclude.map((e) => e.value), c.options.parents?.value]).toEqual(
      ['build', 'app:app', '0755', true, ['*.md', '*.txt'], undefined],
    );
  });
  it('reads ADD-only flags', () => {
    const a = one('ADD --checksum=sha256:abc --keep-git-dir=true --unpack=false https://x/y.tgz /y/');
    expect(a.kind === 'add' && [a.options.checksum?.value, a.options.keepGitDir?.value, a.options.unpack?.value]).toEqual(['sha256:abc', 'true', 'false']);
  });
  it('reads the JSON form', () => {
    const c = one('COPY ["a b", "/c d/"]');
    expect(c.kind === 'copy' && [c.json, c.sources.map((s) => s.value), c.dest?.value]).toEqual([true, ['a b'], '/c d/']);
  });
  it.each([
    ['COPY a', 'COPY requires at least two arguments, but only one was provided. Destination could not be determined'],
    ['COPY --from=x --fro=y a b', 'unknown flag: --fro (did you mean from?)'],
    ['COPY --link=maybe a b', 'expecting boolean value for flag --link, not: maybe'],
    ['COPY --chown=a --chown=b a b', 'duplicate flag specified: --chown'],
    ['ADD --from=x a b', 'unknown flag: --from'],
    ['COPY a <<EOF\nx\nEOF', 'COPY cannot accept a heredoc as a destination'],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(`FROM a\n${text}\n`)).toEqual([`2: ${message}`]);
  });
});

describe('ENV, LABEL, ARG', () => {
  it('reads key=value pairs and the legacy form', () => {
    const e = one('ENV A=1 B="two words" C=x\\ y');
    expect(e.kind === 'env' && e.pairs.map((p) => [p.key, p.value, p.legacy])).toEqual([['A', '1', false], ['B', '"two words"', false], ['C', 'x\\ y', false]]);
    const legacy = one('ENV PATH /usr/local/bin:$PATH');
    expect(legacy.kind === 'env' && legacy.pairs.map((p) => [p.key, p.value, p.legacy])).toEqual([['PATH', '/usr/local/bin:$PATH', true]]);
  });
  it('reads LABEL pairs with their ranges', () => {
    const l = one('LABEL org.opencontainers.image.title="x" version=1');
    if (l.kind !== 'label') throw new Error('not label');
    expect(l.pairs.map((p) => [p.key, p.value, p.keyRange.start.column, p.valueRange?.start.column])).toEqual([
      ['org.opencontainers.image.title', '"x"', 7, 38],
      ['version', '1', 42, 50],
    ]);
  });
  it('reads ARG with and without defaults', () => {
    const a = one('ARG A B=2 C="3 4"');
    expect(a.kind === 'arg' && a.pairs.map((p) => [p.key, p.value])).toEqual([['A', undefined], ['B', '2'], ['C', '"3 4"']]);
  });
  it.each([
    ['ENV', 'ENV requires at least one argument'],
    ['ENV A', 'ENV must have two arguments'],
    ['ENV A=1 B', 'Syntax error - can\'t find = in "B". Must be of the form: name=value'],
    ['LABEL', 'LABEL requires at least one argument'],
    ['ARG', 'ARG requires at least one argument'],
    ['ARG =x', 'ARG names can not be blank'],
    ['ENV =x', 'ENV names can not be blank'],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(`FROM a\n${text}\n`)).toEqual([`2: ${message}`]);
  });
});

describe('CMD, ENTRYPOINT, SHELL, HEALTHCHECK, STOPSIGNAL, ONBUILD and others', () => {
  it('CMD in exec and shell form', () => {
    expect(one('CMD ["node", "server.js"]')).toMatchObject({ kind: 'cmd', command: { kind: 'exec', args: [{ value: 'node' }, { value: 'server.js' }] } });
    const c = one('CMD node server.js');
    expect(c.kind === 'cmd' && c.command?.kind === 'shell' && c.command.script.shape.singleCommand).toBe(true);
    expect(one('CMD')).toMatchObject({ kind: 'cmd', command: undefined });
  });
  it('ENTRYPOINT shell form with exec', () => {
    const e = one('ENTRYPOINT cd /app && exec node server.js');
    expect(e.kind === 'entrypoint' && e.command?.kind === 'shell' && e.command.script.shape).toMatchObject({ andChainEndingInSimpleCommand: true, execsLastCommand: true });
  });
  it('SHELL needs JSON', () => {
    expect(one('SHELL ["/bin/bash", "-o", "pipefail", "-c"]')).toMatchObject({ kind: 'shell', shell: [{ value: '/bin/bash' }, { value: '-o' }, { value: 'pipefail' }, { value: '-c' }] });
    expect(errorsOf('FROM a\nSHELL /bin/bash -c\n')).toEqual(['2: SHELL requires the arguments to be in JSON form']);
  });
  it('HEALTHCHECK NONE and CMD with options', () => {
    expect(one('HEALTHCHECK NONE')).toMatchObject({ kind: 'healthcheck', mode: 'none', command: undefined });
    const h = one('HEALTHCHECK --interval=30s --timeout=1m30s --start-period=5s --retries=3 CMD curl -f http://localhost/ || exit 1');
    expect(h).toMatchObject({
      kind: 'healthcheck', mode: 'cmd',
      settings: { intervalMs: 30_000, timeoutMs: 90_000, startPeriodMs: 5000, startIntervalMs: undefined, retries: 3 },
      command: { kind: 'shell', text: 'curl -f http://localhost/ || exit 1' },
    });
    expect(one('HEALTHCHECK CMD ["/bin/check"]')).toMatchObject({ mode: 'cmd', command: { kind: 'exec', args: [{ value: '/bin/check' }] } });
  });
  it.each([
    ['HEALTHCHECK', 'HEALTHCHECK requires at least one argument'],
    ['HEALTHCHECK NONE x', 'HEALTHCHECK NONE takes no arguments'],
    ['HEALTHCHECK CMD', 'Missing command after HEALTHCHECK CMD'],
    ['HEALTHCHECK CONNECT x', 'Unknown type "CONNECT" in HEALTHCHECK (try CMD)'],
    ['HEALTHCHECK --interval=5 CMD x', 'time: missing unit in duration "5"'],
    ['HEALTHCHECK --interval=1us CMD x', 'Interval "interval" cannot be less than 1ms'],
    ['HEALTHCHECK --retries=-1 CMD x', '--retries cannot be negative (-1)'],
    ['HEALTHCHECK --intervall=5s CMD x', 'unknown flag: --intervall (did you mean interval?)'],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(`FROM a\n${text}\n`)).toEqual([`2: ${message}`]);
  });
  it('STOPSIGNAL, USER, WORKDIR, EXPOSE, VOLUME, MAINTAINER', () => {
    expect(one('STOPSIGNAL SIGQUIT')).toMatchObject({ kind: 'stopsignal', signal: { value: 'SIGQUIT' } });
    expect(one('USER app:staff')).toMatchObject({ kind: 'user', name: 'app', group: 'staff' });
    expect(one('USER 1000')).toMatchObject({ kind: 'user', name: '1000', group: undefined });
    expect(one('WORKDIR /app')).toMatchObject({ kind: 'workdir', path: { value: '/app' } });
    expect(one('EXPOSE 80/tcp 443 53/udp')).toMatchObject({ kind: 'expose', ports: [{ value: '80/tcp' }, { value: '443' }, { value: '53/udp' }] });
    expect(one('VOLUME ["/data", "/logs"]')).toMatchObject({ kind: 'volume', json: true, paths: [{ value: '/data' }, { value: '/logs' }] });
    expect(one('MAINTAINER Jane <j@example.com>')).toMatchObject({ kind: 'maintainer', name: { value: 'Jane <j@example.com>' } });
  });
  it('ONBUILD holds its trigger parsed like a top-level instruction', () => {
    const o = one('ONBUILD COPY --chown=app . /app');
    expect(o).toMatchObject({ kind: 'onbuild', inner: { kind: 'copy', keyword: 'COPY', sources: [{ value: '.' }], dest: { value: '/app' } } });
  });
  it.each([
    ['ONBUILD', 'ONBUILD requires at least one argument'],
    ['ONBUILD ONBUILD RUN x', 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed'],
    ['ONBUILD FROM x', "FROM isn't allowed as an ONBUILD trigger"],
  ])('%s -> %s', (text, message) => {
    expect(errorsOf(`FROM a\n${text}\n`)).toEqual([`2: ${message}`]);
  });
  it('a bad ONBUILD trigger is a warning: BuildKit checks it only when a child image builds', () => {
    const r = parseDockerfile('FROM a\nONBUILD RUNN x\n');
    expect(r.errors).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([['warning', 'ONBUILD trigger: unknown instruction: RUNN (did you mean RUN?)']]);
  });
  it.each([
    ['RUNN apt-get update', 'unknown instruction: RUNN (did you mean RUN?)', 'RUN'],
    ['cpoy a b', 'unknown instruction: cpoy (did you mean copy?)', 'copy'],
    ['Exposee 80', 'unknown instruction: Exposee (did you mean expose?)', 'expose'],
    ['FOOBAR x', 'unknown instruction: FOOBAR', undefined],
  ])('unknown instruction %s', (text, message, suggestion) => {
    const r = parseDockerfile(`FROM a\n${text}\n`);
    expect(r.errors.map((e) => e.message)).toEqual([message]);
    expect(r.instructions[1]).toMatchObject({ kind: 'unknown', suggestion });
  });
  it('keeps the keyword as written: instructions are case-insensitive', () => {
    const r = parseDockerfile('from alpine\nRun echo hi\nworkdir /x\n');
    expect(r.instructions.map((i) => [i.kind, i.keyword])).toEqual([['from', 'from'], ['run', 'Run'], ['workdir', 'workdir']]);
    expect(r.errors).toEqual([]);
  });
});
