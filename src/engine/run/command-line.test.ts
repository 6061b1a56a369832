// Docker's ENTRYPOINT/CMD combination (simulation-model.md §1.7; moby daemon/commit.go `merge`,
// daemon/create.go `mergeAndVerifyConfig`; docker/cli opts.go for --entrypoint).
import { describe, expect, test } from 'vitest';
import { resolveCommand } from './command-line.ts';
import { exec, imageFixture, shell } from './testing/image-fixture.ts';
import type { CommandSpec } from './testing/image-fixture.ts';

interface Case {
  readonly name: string;
  readonly entrypoint?: CommandSpec;
  readonly cmd?: CommandSpec;
  readonly shellConfig?: readonly string[];
  readonly args?: readonly string[];
  readonly override?: string;
  readonly argv: readonly string[];
  readonly error?: string;
  readonly note?: RegExp;
}

const cases: readonly Case[] = [
  { name: '§1.7 exec CMD alone', cmd: exec(['node', 'server.js']), argv: ['node', 'server.js'] },
  { name: '§1.7 shell CMD is wrapped in /bin/sh -c', cmd: shell('python main.py'), argv: ['/bin/sh', '-c', 'python main.py'] },
  { name: '§1.7 exec ENTRYPOINT + exec CMD', entrypoint: exec(['/usr/bin/tini', '--']), cmd: exec(['python', 'main.py']), argv: ['/usr/bin/tini', '--', 'python', 'main.py'] },
  { name: '§1.7 exec ENTRYPOINT + shell CMD', entrypoint: exec(['entry']), cmd: shell('cmd p1'), argv: ['entry', '/bin/sh', '-c', 'cmd p1'] },
  {
    name: '§1.7 shell ENTRYPOINT: CMD only reaches sh as $0',
    entrypoint: shell('node server.js'),
    cmd: exec(['--port', '80']),
    argv: ['/bin/sh', '-c', 'node server.js', '--port', '80'],
    note: /ignores CMD/,
  },
  { name: 'SHELL changes the wrapper of the shell form', cmd: shell('app | tee log', ['/bin/bash', '-o', 'pipefail', '-c']), argv: ['/bin/bash', '-o', 'pipefail', '-c', 'app | tee log'] },
  { name: 'docker run arguments replace CMD', entrypoint: exec(['docker-entrypoint.sh']), cmd: exec(['node']), args: ['node', 'app.js'], argv: ['docker-entrypoint.sh', 'node', 'app.js'], note: /replace CMD/ },
  { name: '--entrypoint replaces ENTRYPOINT and drops CMD (merge)', entrypoint: exec(['/app']), cmd: exec(['--serve']), override: 'sh', argv: ['sh'], note: /drops its CMD/ },
  { name: '--entrypoint is one program name, not split', cmd: exec(['x']), override: 'node server.js', argv: ['node server.js'] },
  { name: '--entrypoint with arguments', entrypoint: exec(['/app']), cmd: exec(['--serve']), override: 'sh', args: ['-c', 'ls'], argv: ['sh', '-c', 'ls'] },
  { name: '--entrypoint "" clears ENTRYPOINT and CMD; arguments remain', entrypoint: exec(['/app']), cmd: exec(['x']), override: '', args: ['ls'], argv: ['ls'] },
  { name: '--entrypoint "" without arguments: no command specified', entrypoint: exec(['/app']), cmd: exec(['x']), override: '', argv: [], error: 'no command specified' },
  { name: 'neither ENTRYPOINT nor CMD: no command specified', argv: [], error: 'no command specified' },
  {
    name: 'BuildKit: ENTRYPOINT set in the stage drops the inherited CMD',
    entrypoint: exec(['/app'], 4, false),
    cmd: exec(['bash'], 1, true),
    argv: ['/app'],
    note: /base image's CMD/,
  },
  { name: 'a CMD set in the stage survives its ENTRYPOINT', entrypoint: exec(['/app'], 4), cmd: exec(['--x'], 5), argv: ['/app', '--x'] },
];

describe('resolveCommand', () => {
  test.each(cases)('$name', (c) => {
    const image = imageFixture({ base: 'debian', entrypoint: c.entrypoint, cmd: c.cmd, shellConfig: c.shellConfig });
    const r = resolveCommand(image.config, { args: c.args, entrypoint: c.override });
    expect(r.argv).toEqual(c.argv);
    expect(r.error).toBe(c.error);
    if (c.note) expect(r.notes.join('\n')).toMatch(c.note);
  });
});
