import { svg } from '../dom.ts';
import { formatBytes } from '../format.ts';
import type { ImageView } from '../report-view.ts';

/**
 * The image as a picture: one bar per measure, drawn to the same scale (the size on disk).
 * - On disk: the base image's layers as one grey block, then each of your layers in turn;
 * - Compressed: what a registry transfers (the engine's estimate);
 * - Wasted: bytes hidden or duplicated by later layers (dive's measure).
 * Drawn by hand as SVG: a few rectangles need no chart library, follow the page's theme through CSS variables,
 * and cost nothing on first load. Every segment carries a <title> (text only) for a tooltip; the table beside it
 * gives the same figures to screen readers.
 */
const WIDTH = 600;
const LABEL = 110;
const ROW = 34;
const BAR = 22;
/** Room to the right of the longest bar for its figure. */
const VALUE = 80;

export function layerChart(image: ImageView): SVGSVGElement {
  const scale = (WIDTH - LABEL - VALUE) / Math.max(image.diskBytes, 1);
  const rows: SVGElement[] = [];
  const row = (index: number, label: string, value: number, parts: SVGElement[]): void => {
    const y = index * ROW + 4;
    rows.push(
      svg('text', { x: 0, y: y + BAR * 0.72, class: 'chart-label' }, label),
      ...parts.map((part) => {
        part.setAttribute('y', String(y));
        part.setAttribute('height', String(BAR));
        return part;
      }),
      svg('text', { x: LABEL + value * scale + 6, y: y + BAR * 0.72, class: 'chart-value' }, formatBytes(value)),
    );
  };

  const baseBytes = image.base.diskBytes;
  const segments: SVGElement[] = [];
  let x = LABEL;
  const segment = (bytes: number, className: string, title: string): void => {
    const width = bytes * scale;
    if (width <= 0) return;
    segments.push(svg('rect', { x, width: Math.max(width, 1), class: className }, svg('title', {}, title)));
    x += width;
  };
  segment(baseBytes, 'seg-base', `Base image: ${formatBytes(baseBytes)}`);
  image.layers
    .filter((l) => !l.fromBase && l.bytes > 0)
    .forEach((layer, i) => segment(layer.bytes, `seg-own seg-own-${i % 4}`, `${layer.line ? `Line ${layer.line}: ` : ''}${layer.instruction} — ${formatBytes(layer.bytes)}`));

  row(0, 'On disk', image.diskBytes, segments);
  row(1, 'Compressed', image.compressedBytes, [
    svg('rect', { x: LABEL, width: Math.max(image.compressedBytes * scale, 1), class: 'seg-compressed' }, svg('title', {}, `Compressed (estimate): ${formatBytes(image.compressedBytes)}`)),
  ]);
  row(2, 'Wasted', image.wastedBytes, [
    svg('rect', { x: LABEL, width: Math.max(image.wastedBytes * scale, 0), class: 'seg-wasted' }, svg('title', {}, `Wasted: ${formatBytes(image.wastedBytes)}`)),
  ]);

  const label = `Image size: ${formatBytes(image.diskBytes)} on disk, of which the base image is ${formatBytes(baseBytes)}; ${formatBytes(image.compressedBytes)} compressed; ${formatBytes(image.wastedBytes)} wasted.`;
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${ROW * 3 + 4}`, class: 'layer-chart', role: 'img', 'aria-label': label }, ...rows);
}
