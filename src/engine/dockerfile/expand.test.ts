/**
 * Variable expansion with BuildKit's scoping, and the undefined-variable cases of BuildKit's
 * dockerfile_check_test.go (UndefinedVar, UndefinedArgInFrom).
 */
import { describe, expect, it } from 'vitest';
import type { ExpandOptions } from './index.ts';
import { expandDockerfile, parseDockerfile } from './index.ts';

function expand(text: string, options?: ExpandOptions) {
  return expandDockerfile(parseDockerfile(text), options);
}

function words(text: string, options?: ExpandOptions): string[] {
  return expand(text, options).instructions.flatMap((i) => i.words.map((w) => `${i.instruction.startLine}:${w.field}=${w.value}`));
}

function undefinedRefs(text: string, options?: ExpandOptions): string[] {
  return expand(text, options).undefinedReferences.map((r) => `${r.instruction.startLine}:${r.name}`);
}

describe('which words expand', () => {
  it('expands FROM with global ARGs, and the instructions BuildKit expands', () => {
    const text = [
      'ARG TAG=20', 'FROM node:${TAG}-alpine AS b', 'ARG TAG', 'ENV APP=/srv/app DIR=${APP}', 'WORKDIR $APP', 'COPY --chown=${UID:-1000} src ${APP}/',
      'USER ${UID:-1000}', 'VOLUME ["$APP/data"]', 'EXPOSE ${PORT:-8080}', 'LABEL v=$TAG', 'STOPSIGNAL ${SIG:-SIGTERM}',
      'RUN --mount=type=cache,target=$APP/.cache echo $APP', 'CMD echo $APP',
    ].join('\n');
    expect(words(text)).toEqual([
      '1:value=20', '2:image=node:20-alpine',
      '4:key=APP', '4:value=/srv/app', '4:key=DIR', '4:value=',
      '5:path=/srv/app', '6:chown=1000', '6:source=src', '6:dest=/srv/app/', '7:user=1000', '8:path=/srv/app/data',
      '9:port=8080', '10:key=v', '10:value=20', '11:signal=SIGTERM', '12:mount.target=/srv/app/.cache',
    ]);
  });

  it('applies build args over defaults, globally and in the stage', () => {
    expect(words('ARG V=1\nFROM a:$V\nARG V\nARG W=x\nENV X=$V-$W', { buildArgs: { V: '2', W: 'y' } })).toEqual([
      '2:image=a:2', '5:key=X', '5:value=2-y',
    ]);
  });

  it('sees global ARGs in a stage only after `ARG NAME`', () => {
    expect(words('ARG V=1\nFROM a\nENV A=$V\nARG V\nENV B=$V')).toEqual(['1:value=1', '2:image=a', '3:key=A', '3:value=', '5:key=B', '5:value=1']);
  });

  it('gives the automatic platform ARGs to FROM, and to a stage that declares them', () => {
    expect(words('FROM --platform=$BUILDPLATFORM a\nARG TARGETARCH\nENV A=$TARGETARCH', { platform: { os: 'linux', arch: 'arm64' } })).toEqual([
      '1:image=a', '1:platform=linux/arm64', '3:key=A', '3:value=arm64',
    ]);
  });

  it('carries ENV and ARGs into a stage built FROM another', () => {
    const r = expand('FROM a AS base\nENV X=1\nARG Y=2\nFROM base\nENV Z=$X$Y');
    expect(r.stages.map((s) => [s.image, s.baseStage])).toEqual([['a', undefined], ['base', 0]]);
    expect(r.instructions[4]!.words.map((w) => w.value)).toEqual(['Z', '12']);
  });

  it('uses the base image ENV given by the caller, and PATH by default', () => {
    const r = expand('FROM node:20\nENV P=$PATH:$NODE_VERSION', { baseImageEnv: (image) => (image === 'node:20' ? { NODE_VERSION: '20.1.0' } : undefined) });
    expect(r.instructions[1]!.words[1]!.value).toBe('/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:20.1.0');
    expect(r.instructions[1]!.scope.get('NODE_VERSION')).toMatchObject({ source: 'base-image' });
  });

  it('expands an unquoted COPY heredoc body, not a quoted one', () => {
    expect(words('FROM a\nENV N=x\nCOPY <<EOF <<"RAW" /d/\n$N\nEOF\n$N\nRAW\n')).toEqual(['1:image=a', '2:key=N', '2:value=x', '3:heredoc=x\n', '3:dest=/d/']);
  });

  it('removes quotes as BuildKit does', () => {
    expect(words('FROM a\nENV A="a b" B=c\\ d C=\'$A\'')).toEqual(['1:image=a', '2:key=A', '2:value=a b', '2:key=B', '2:value=c d', '2:key=C', '2:value=$A']);
  });

  it('reports lexer errors and --from variables as errors', () => {
    const r = expand('FROM a\nWORKDIR ${X\nCOPY --from=$S a b');
    expect(r.instructions[1]!.errors.map((e) => e.message)).toEqual(['failed to process "${X": unsupported modifier (\ufffd) in substitution']);
    expect(r.instructions[2]!.errors.map((e) => e.message)[0]).toContain('variable expansion is not supported for --from');
  });
});

describe('scope', () => {
  it('lists the variables an instruction sees, with where they came from', () => {
    const r = expand('ARG G=1\nFROM a\nARG G\nARG L\nENV E=2\nRUN x');
    const scope = r.instructions[5]!.scope;
    expect([...scope.values()].map((v) => [v.name, v.value, v.source, v.line])).toEqual([
      ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'builtin', undefined],
      ['G', '1', 'global-arg', 3],
      ['L', undefined, 'arg', 4],
      ['E', '2', 'env', 5],
    ]);
    expect(r.globalScope.get('G')).toMatchObject({ value: '1', source: 'global-arg' });
  });
  it('lets an instruction see only what came before it (ENV A=1 B=$A sees the old A)', () => {
    expect(words('FROM a\nENV A=1 B=$A\nENV C=$A')).toEqual(['1:image=a', '2:key=A', '2:value=1', '2:key=B', '2:value=', '3:key=C', '3:value=1']);
  });
});

describe('undefined variables (BuildKit check cases)', () => {
  it.each([
    ['FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n', {}, ['2:foo']],
    ['FROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\n', {}, ['4:DIR_ASSET']],
    ['FROM alpine\nENV PATH=$PAHT:/tmp/bin\n', {}, ['2:PAHT']],
    ['ARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n', {}, []],
    ['FROM --platform=$BULIDPLATFORM scratch\n', {}, ['1:BULIDPLATFORM']],
    ['ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n', {}, ['2:MYARCH']],
    ['ARG tag=latest\nFROM busybox:${tag}${version} AS b\n', {}, ['2:version']],
    ['FROM alpine\nARG NOVALUE\nWORKDIR /$NOVALUE\n', {}, []],
    ['FROM alpine\nEXPOSE $PORT\n', {}, []],
    ['FROM alpine\nRUN echo $UNDEFINED_IN_RUN\n', {}, []],
    ['FROM alpine\nRUN --mount=type=cache,target=$CACHE x\n', {}, ['2:CACHE']],
    ['FROM alpine\nWORKDIR /${X:-default}\n', {}, ['2:X']],
  ])('%j', (text, options, expected) => {
    expect(undefinedRefs(text, options)).toEqual(expected);
  });

  it('places a reference in the source', () => {
    const r = expand('FROM alpine\nCOPY src/$foo /dst\n');
    expect(r.undefinedReferences[0]!.range).toEqual({ start: { line: 2, column: 10, offset: 21 }, end: { line: 2, column: 14, offset: 25 } });
  });
});
