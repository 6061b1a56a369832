import { describe, expect, test } from 'vitest';
import { analyze } from './index.ts';

const node = {
  'package.json': JSON.stringify({ name: 'app', dependencies: { express: '^4.19.2' } }),
  'server.js': "require('http').createServer((q, s) => s.end('ok')).listen(3000);\n",
};

describe('analyze', () => {
  test('returns a report the Web Worker can post (structured-cloneable)', () => {
    const report = analyze({
      dockerfile: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "server.js"]\n',
      files: node,
      change: { label: 'Edit server.js', path: 'server.js', append: '//\n' },
      checks: [{ id: 'builds', kind: 'builds' }],
    });
    expect(() => structuredClone(report)).not.toThrow();
    expect(report.build.ok).toBe(true);
    expect(report.rebuild?.steps.some((s) => s.status === 'cached')).toBe(true);
  });

  test('the second build reuses the first one\'s cache', () => {
    const input = { dockerfile: 'FROM alpine:3.20\nRUN echo hi > /greeting\n' };
    const first = analyze(input);
    const second = analyze({ ...input, previousCache: first.cache });
    expect(first.build.steps.map((s) => s.status)).toEqual(['run', 'run']);
    expect(second.build.steps.map((s) => s.status)).toEqual(['cached', 'cached']);
  });

  test('a half-typed Dockerfile still gives diagnostics and findings, never a throw', () => {
    for (const dockerfile of ['', 'FR', 'FROM', 'FROM python:latest\nRUN apt-get install \\', 'COPY --fro', '\0\0\0']) {
      const report = analyze({ dockerfile });
      expect(report).toBeDefined();
      expect(() => structuredClone(report)).not.toThrow();
    }
  });

  test('# check=error=true turns a fired build check into a failed build, as BuildKit does', () => {
    const report = analyze({ dockerfile: '# check=error=true\nfrom alpine:3.20 AS base\nRUN true\n' });
    expect(report.build.ok).toBe(false);
    expect(report.build.error?.message).toMatch(/lint violation found for rules: .*FromAsCasing/);
  });

  test('a learner\'s <script> stays data in the report', () => {
    const report = analyze({ dockerfile: 'FROM alpine:3.20\nLABEL x="<script>alert(1)</script>"\n' });
    expect(JSON.stringify(report)).toContain('<script>alert(1)</script>');
  });
});
