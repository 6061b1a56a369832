import { describe, expect, test } from 'vitest';
import { build } from '../../build.ts';
import { lookupPath } from '../../filesystem-query.ts';
import type { FileNode } from '../../types.ts';

const SERVER = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.ListenAndServe(":8080", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "pong") }))\n}\n';
const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n';
const GIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default().Run() }\n';
const MOD = 'module example.com/app\n\ngo 1.23\n';
const GIN_MOD = 'module example.com/app\n\ngo 1.23\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/bytedance/sonic v1.11.6\n)\n';

function binary(image: string, buildLine: string, source: string, mod = MOD): FileNode {
  const r = build({
    dockerfile: `FROM ${image}\nWORKDIR /src\nCOPY . .\nRUN ${buildLine}`,
    context: [{ path: 'go.mod', content: mod }, { path: 'main.go', content: source }],
  });
  if (!r.ok) throw new Error(`${r.error?.message}\n${r.error?.output.join('\n')}`);
  const node = lookupPath(r.image!.filesystem, '/out/app');
  if (node?.kind !== 'file') throw new Error('no /out/app');
  return node;
}

describe('go build writes a binary the size of a real one (GO_BINARY_SIZES)', () => {
  test.each([
    { name: 'static net/http server, stripped (the lesson: ≈5 MB)', image: 'golang:1.23', line: 'CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .', src: SERVER, min: 4.8, max: 5.6, linkage: 'static' },
    { name: 'static net/http server, unstripped (7–8 MB)', image: 'golang:1.23', line: 'CGO_ENABLED=0 go build -o /out/app .', src: SERVER, min: 7, max: 8, linkage: 'static' },
    { name: '-ldflags=-w drops DWARF only', image: 'golang:1.23', line: 'CGO_ENABLED=0 go build -ldflags=-w -o /out/app .', src: SERVER, min: 5.4, max: 6, linkage: 'static' },
    { name: 'cgo on a glibc builder links libc dynamically', image: 'golang:1.23', line: 'go build -o /out/app .', src: SERVER, min: 7, max: 8, linkage: 'dynamic' },
    { name: 'fmt-only hello world', image: 'golang:1.23', line: 'go build -o /out/app .', src: HELLO, min: 2, max: 2.3, linkage: 'static' },
    { name: 'a gin server links net/http, plus its modules', image: 'golang:1.23', line: 'CGO_ENABLED=0 go build -o /out/app .', src: GIN, mod: GIN_MOD, min: 8, max: 9, linkage: 'static' },
  ])('$name', ({ image, line, src, mod, min, max, linkage }) => {
    const node = binary(image, line, src, mod);
    expect(node.bytes / 1e6).toBeGreaterThanOrEqual(min);
    expect(node.bytes / 1e6).toBeLessThanOrEqual(max);
    expect(node.binary?.linkage).toBe(linkage);
  });
});
