import { describe, expect, it } from 'vitest';
import { formatHistory, historyRows, truncateId } from './history.ts';
import type { ImageLayer } from './layer.ts';
import { displayWidth, ellipsis } from './text-width.ts';
import { tabwrite } from './tab-writer.ts';

const entry = (createdBy: string, bytes: number, extra: Partial<ImageLayer> = {}): ImageLayer => ({
  createdBy,
  emptyLayer: bytes === 0 && !createdBy.startsWith('RUN') && !createdBy.startsWith('COPY') && !createdBy.startsWith('WORKDIR'),
  bytes,
  changes: [],
  line: undefined,
  fromBase: false,
  ...extra,
});

const DEBIAN = "# debian.sh --arch 'amd64' out/ 'bookworm' '@1731888000'";
const HISTORY: readonly ImageLayer[] = [
  entry(DEBIAN, 74_834_000, { fromBase: true, comment: 'debuerreotype 0.15', created: '2024-11-18T00:00:00Z' }),
  entry('CMD ["bash"]', 0, { fromBase: true, created: '2024-11-18T00:00:00Z' }),
  entry('WORKDIR /app', 0, { line: 2, created: '2024-12-01T10:00:00Z' }),
  entry('RUN /bin/sh -c npm ci --omit=dev # buildkit', 80_000_000, { line: 4, created: '2024-12-01T10:00:30Z' }),
  entry('CMD ["node" "server.js"]', 0, { line: 6, created: '2024-12-01T10:00:30Z' }),
];
const ID = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describe('historyRows', () => {
  it('lists newest first, with <missing> below the top and BuildKit’s comment on our steps', () => {
    const rows = historyRows(HISTORY, { imageId: ID });
    expect(rows.map((r) => [r.id, r.createdBy, r.size, r.comment])).toEqual([
      [ID, 'CMD ["node" "server.js"]', 0, 'buildkit.dockerfile.v0'],
      ['<missing>', 'RUN /bin/sh -c npm ci --omit=dev # buildkit', 80_000_000, 'buildkit.dockerfile.v0'],
      ['<missing>', 'WORKDIR /app', 0, 'buildkit.dockerfile.v0'],
      ['<missing>', 'CMD ["bash"]', 0, ''],
      ['<missing>', DEBIAN, 74_834_000, 'debuerreotype 0.15'],
    ]);
  });

  it('derives a stable stand-in id', () => {
    const a = historyRows(HISTORY)[0]?.id;
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(historyRows(HISTORY)[0]?.id).toBe(a);
  });
});

describe('formatHistory: docker history’s table', () => {
  // Column widths: IMAGE 12+3, CREATED max(len+3, 10), CREATED BY 45+3, SIZE at least 10.
  const line = (cells: readonly string[], widths: readonly number[]): string =>
    cells.map((c, k) => (k < widths.length ? c.padEnd(widths[k] as number) : c)).join('') + '\n';

  it('truncates CREATED BY to 45 columns and sizes as Docker does', () => {
    const now = Date.parse('2024-12-01T12:00:00Z');
    const text = formatHistory(historyRows(HISTORY, { imageId: ID }), { now });
    const widths = [15, 14, 48, 10];
    expect(text).toBe(
      line(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], widths) +
        line(['0123456789ab', '2 hours ago', 'CMD ["node" "server.js"]', '0B', 'buildkit.dockerfile.v0'], widths) +
        line(['<missing>', '2 hours ago', 'RUN /bin/sh -c npm ci --omit=dev # buildkit', '80MB', 'buildkit.dockerfile.v0'], widths) +
        line(['<missing>', '2 hours ago', 'WORKDIR /app', '0B', 'buildkit.dockerfile.v0'], widths) +
        line(['<missing>', '13 days ago', 'CMD ["bash"]', '0B', ''], widths) +
        line(['<missing>', '13 days ago', DEBIAN.slice(0, 44) + '…', '74.8MB', 'debuerreotype 0.15'], widths),
    );
  });

  it('--no-trunc keeps full ids and commands; -H=false prints dates and bytes', () => {
    const text = formatHistory(historyRows(HISTORY, { imageId: ID }), { noTrunc: true, human: false });
    const rows = text.split('\n');
    // IMAGE 71+3, CREATED AT 20+3, CREATED BY 56+3, SIZE 8+3.
    expect(rows[0]).toBe('IMAGE'.padEnd(74) + 'CREATED AT'.padEnd(23) + 'CREATED BY'.padEnd(59) + 'SIZE'.padEnd(11) + 'COMMENT');
    expect(rows[1]?.startsWith(ID + '   2024-12-01T10:00:30Z   CMD ["node" "server.js"]')).toBe(true);
    expect(rows[5]).toContain(DEBIAN + '   74834000   debuerreotype 0.15');
  });

  it('CREATED is N/A without a clock or before 2000; tabs in commands become spaces', () => {
    const text = formatHistory(
      historyRows([entry('RUN\t/bin/sh -c make', 10, { created: '1999-01-01T00:00:00Z' }), entry('RUN /bin/sh -c x', 1)], { imageId: 'sha256:abc' }),
      { now: 0 },
    );
    expect(text).toBe(
      'IMAGE       CREATED   CREATED BY            SIZE      COMMENT\n' +
        'abc         N/A       RUN /bin/sh -c x      1B        buildkit.dockerfile.v0\n' +
        '<missing>   N/A       RUN /bin/sh -c make   10B       buildkit.dockerfile.v0\n',
    );
  });

  it('a heredoc’s newline breaks the row, as in Docker’s tabwriter', () => {
    const text = formatHistory(historyRows([entry('RUN <<EOF\necho hi\nEOF # buildkit', 5)], { imageId: 'sha256:abc' }), { noTrunc: true });
    expect(text.split('\n')).toHaveLength(5);
  });
});

describe('truncation and widths', () => {
  const cases: readonly (readonly [string, number, string])[] = [
    ['short', 45, 'short'],
    ['a'.repeat(45), 45, 'a'.repeat(45)],
    ['a'.repeat(46), 45, 'a'.repeat(44) + '…'],
    ['日本語のテキスト', 8, '日本語…'],
    ['café-'.repeat(10), 45, 'café-'.repeat(8) + 'café' + '…'],
    ['abc', 1, 'a'],
    ['abc', 0, ''],
  ];
  it.each(cases)('ellipsis(%j, %d) = %j', (s, max, want) => {
    expect(ellipsis(s, max)).toBe(want);
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('…')).toBe(1);
  });

  it('aligns column blocks like Go’s tabwriter', () => {
    expect(tabwrite('a\tbb\tc\nlonger cell\tb\tc\nno tabs here\n')).toBe(
      'a'.padEnd(14) + 'bb'.padEnd(10) + 'c\n' + 'longer cell'.padEnd(14) + 'b'.padEnd(10) + 'c\n' + 'no tabs here\n',
    );
  });

  it('truncates ids as stringid.TruncateID', () => {
    expect(truncateId(ID)).toBe('0123456789ab');
    expect(truncateId('<missing>')).toBe('<missing>');
  });
});
