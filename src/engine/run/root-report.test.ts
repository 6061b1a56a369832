// Running as root, and what the user could reach (course 002 "ROOT IS FOR GOD…": explicit UIDs,
// docker.sock; Docker's default capability set from moby daemon/pkg/oci/caps/defaults.go).
import { describe, expect, test } from 'vitest';
import { simulateRun } from './index.ts';
import { exec, imageFixture } from './testing/image-fixture.ts';

const users = [
  { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/sh' },
  { name: 'appuser', uid: 10000, gid: 10001, home: '/home/appuser', shell: '/bin/bash' },
];

describe('root report', () => {
  test('root: every system path, the package manager, 14 capabilities', () => {
    const r = simulateRun(imageFixture({ base: 'debian', cmd: exec(['sleep', 'infinity']) }));
    expect(r.root).toMatchObject({ runningAsRoot: true, uid: 0, packageManager: 'apt-get', dockerSocket: false });
    expect(r.root?.capabilities).toHaveLength(14);
    expect(r.root?.writableSystemPaths).toEqual(expect.arrayContaining(['/etc', '/usr/bin', '/root']));
    expect(r.root?.reach.join('\n')).toMatch(/apt-get/);
    expect(r.explanations.join('\n')).toMatch(/runs as root/);
  });

  test('apk on Alpine', () => {
    expect(simulateRun(imageFixture({ base: 'alpine', cmd: exec(['sleep', 'infinity']) })).root?.packageManager).toBe('apk');
  });

  test('USER 10000 (course 002): no system path, no capabilities; a root-owned WORKDIR is not writable', () => {
    const r = simulateRun(imageFixture({ base: 'debian', users, workdir: '/app', user: '10000', cmd: exec(['sleep', 'infinity']) }));
    expect(r.user).toMatchObject({ uid: 10000, gid: 10001, name: 'appuser', exists: true });
    expect(r.root).toMatchObject({ runningAsRoot: false, writableSystemPaths: [], capabilities: [], packageManager: undefined, workdirWritable: false });
    expect(r.explanations.join('\n')).toMatch(/cannot write its working directory \/app/);
  });

  test('COPY --chown makes the working directory the user\'s own', () => {
    const r = simulateRun(imageFixture({ base: 'debian', users, workdir: '/app', files: { '/app': { dir: true, uid: 10000, gid: 10001 } }, user: 'appuser', cmd: exec(['sleep', 'infinity']) }));
    expect(r.root?.workdirWritable).toBe(true);
  });

  test('a mounted Docker socket is reported whoever the user is', () => {
    const image = imageFixture({ base: 'debian', cmd: exec(['sleep', 'infinity']) });
    const r = simulateRun(image, { volumes: ['/var/run/docker.sock:/var/run/docker.sock'] });
    expect(r.root?.dockerSocket).toBe(true);
    expect(r.root?.reach.join('\n')).toMatch(/Docker socket gives it full control/);
    expect(simulateRun(image, { volumes: ['data:/data'] }).root?.dockerSocket).toBe(false);
  });

  test('--user overrides USER', () => {
    const r = simulateRun(imageFixture({ base: 'debian', users, user: 'appuser', cmd: exec(['sleep', 'infinity']) }), { user: '0' });
    expect(r.root?.runningAsRoot).toBe(true);
  });
});
