import { h } from '../dom.ts';
import { formatBytes, formatPercent } from '../format.ts';
import type { ImageView } from '../report-view.ts';
import { layerChart } from './layer-chart.ts';
import { figure, placeholder } from './placeholder.ts';

/** The image's layers: the figures, a picture of base vs your layers, a history-style table and `docker history`. */
export function renderLayers(body: HTMLElement, image: ImageView | undefined): void {
  if (!image) {
    body.replaceChildren(placeholder('The layer simulation is not available yet: sizes, wasted space and efficiency will appear here.'));
    return;
  }
  const own = image.layers.filter((l) => !l.fromBase);
  body.replaceChildren(
    h(
      'dl',
      { class: 'figures', data: { diskBytes: String(image.diskBytes) } },
      figure('On disk', formatBytes(image.diskBytes), '(estimate)'),
      figure('Compressed', formatBytes(image.compressedBytes), '(estimate)'),
      figure('Wasted', formatBytes(image.wastedBytes)),
      figure('Efficiency', formatPercent(image.efficiency)),
      figure('Base image', image.base.ref),
    ),
    layerChart(image),
    h(
      'table',
      { class: 'layers' },
      h('caption', {}, `Your layers (${own.length}) on top of ${image.base.ref}`),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Created by'), h('th', { attrs: { scope: 'col', class: 'num' } }, 'Size'))),
      h(
        'tbody',
        {},
        ...image.layers.map((layer) =>
          h(
            'tr',
            { class: layer.fromBase ? 'layer-base' : 'layer-own', data: { line: layer.line === undefined ? '' : String(layer.line) } },
            h('td', {}, layer.fromBase ? h('span', { class: 'muted' }, 'base · ') : layer.line !== undefined && h('span', { class: 'muted' }, `line ${layer.line} · `), h('code', {}, layer.instruction)),
            h('td', { class: 'num' }, formatBytes(layer.bytes)),
          ),
        ),
      ),
    ),
    h('details', { class: 'log' }, h('summary', {}, h('code', {}, 'docker history'), ' output'), h('pre', { attrs: { tabindex: '0' } }, image.history)),
  );
}
