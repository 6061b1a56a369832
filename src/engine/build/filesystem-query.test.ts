import { describe, expect, test } from 'vitest';
import { findOnPath } from './filesystem-query.ts';
import { mkdirp, newFsState, putNode, removePath } from './fs-tree.ts';
import type { FileNode } from './types.ts';

const exe = (mode = 0o755): FileNode => ({
  kind: 'file', bytes: 1, mode, uid: 0, gid: 0, digest: 'd', text: undefined, binary: undefined, content: 'binary', estimate: false,
});

/** A merged-/usr image: /bin and /sbin are links into /usr, as on Debian 12. */
function mergedUsr() {
  const fs = newFsState();
  mkdirp(fs, '/usr/bin');
  mkdirp(fs, '/usr/sbin');
  mkdirp(fs, '/usr/local/bin');
  putNode(fs, '/bin', { kind: 'symlink', target: 'usr/bin', uid: 0, gid: 0 });
  putNode(fs, '/sbin', { kind: 'symlink', target: 'usr/sbin', uid: 0, gid: 0 });
  putNode(fs, '/usr/bin/sh', exe());
  putNode(fs, '/usr/sbin/useradd', exe());
  putNode(fs, '/usr/bin/readme', exe(0o644));
  putNode(fs, '/usr/local/bin/tool', { kind: 'symlink', target: '/usr/bin/sh', uid: 0, gid: 0 });
  mkdirp(fs, '/app/bin');
  putNode(fs, '/app/bin/run', exe());
  return fs;
}

describe('findOnPath', () => {
  test.each([
    { name: 'sh', path: '/bin:/usr/bin', cwd: '/', found: '/bin/sh' },
    { name: 'sh', path: '/usr/local/bin:/usr/bin', cwd: '/', found: '/usr/bin/sh' },
    { name: 'useradd', path: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', cwd: '/', found: '/usr/sbin/useradd' },
    { name: 'useradd', path: '/sbin', cwd: '/', found: '/sbin/useradd' },
    { name: 'tool', path: '/usr/local/bin', cwd: '/', found: '/usr/local/bin/tool' },
    { name: 'readme', path: '/usr/bin', cwd: '/', found: undefined },
    { name: 'missing', path: '/bin:/sbin:/nowhere', cwd: '/', found: undefined },
    { name: 'run', path: 'bin', cwd: '/app', found: '/app/bin/run' },
    { name: 'run', path: '::/app/bin:', cwd: '/', found: '/app/bin/run' },
    { name: '..', path: '/usr/bin', cwd: '/', found: undefined },
    { name: './bin/run', path: '/usr/bin', cwd: '/app', found: '/app/bin/run' },
    { name: '', path: '/usr/bin', cwd: '/', found: undefined },
  ])('$name on PATH $path (cwd $cwd)', ({ name, path, cwd, found }) => {
    expect(findOnPath(mergedUsr().root, name, path, cwd)?.path).toBe(found);
  });

  test('follows a PATH directory link as it is now, not as it was', () => {
    const fs = mergedUsr();
    expect(findOnPath(fs.root, 'sh', '/bin')?.path).toBe('/bin/sh');
    removePath(fs, '/bin');
    putNode(fs, '/bin', { kind: 'symlink', target: 'usr/sbin', uid: 0, gid: 0 });
    expect(findOnPath(fs.root, 'sh', '/bin')).toBeUndefined();
    expect(findOnPath(fs.root, 'useradd', '/bin')?.path).toBe('/bin/useradd');
    removePath(fs, '/bin');
    expect(findOnPath(fs.root, 'useradd', '/bin')).toBeUndefined();
  });
});
