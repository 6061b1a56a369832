import { fill, h } from '../dom.ts';
import { formatBytes, formatPercent } from '../format.ts';
import type { ImageView } from '../report-view.ts';
import { layerChart } from './layer-chart.ts';
import { figure, placeholder } from './placeholder.ts';

/** The image's layers: the figures, a picture of base vs your layers, a history-style table and `docker history`. */
export function renderLayers(body: HTMLElement, image: ImageView | undefined, buildOk: boolean): void {
  if (!image) {
    fill(body, placeholder(buildOk ? 'The engine reported no image.' : 'No image yet: the build fails (see the Build tab).'));
    return;
  }
  const own = image.layers.filter((l) => !l.fromBase);
  fill(body, 
    h(
      'dl',
      { class: 'figures', data: { diskBytes: String(image.diskBytes) } },
      figure('On disk', formatBytes(image.diskBytes)),
      figure('Compressed', formatBytes(image.compressedBytes), '(estimate)'),
      figure('Wasted', formatBytes(image.wastedBytes)),
      figure('Efficiency', formatPercent(image.efficiency)),
      figure('Base image', image.base.ref),
      figure('Runs as', image.user),
    ),
    layerChart(image),
    h(
      'table',
      { class: 'layers' },
      h('caption', {}, `Your layers (${own.filter((l) => !l.emptyLayer).length}) on top of ${image.base.ref}`),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Created by'), h('th', { attrs: { scope: 'col', class: 'num' } }, 'Size'))),
      h(
        'tbody',
        {},
        ...own.map((layer) =>
          h(
            'tr',
            { class: 'layer-own', data: { line: layer.line === undefined ? '' : String(layer.line) } },
            h('td', {}, layer.line !== undefined && h('span', { class: 'muted' }, `line ${layer.line} · `), h('code', {}, layer.instruction)),
            h('td', { class: 'num' }, formatBytes(layer.bytes)),
          ),
        ),
        h(
          'tr',
          { class: 'layer-base' },
          h('td', {}, `The base image, ${image.base.ref} (${image.layers.length - own.length} layers; see docker history below)`),
          h('td', { class: 'num' }, formatBytes(image.base.diskBytes)),
        ),
      ),
    ),
    image.estimates.length > 0 &&
      h('details', { class: 'estimates' }, h('summary', {}, 'What is estimated'), h('ul', {}, ...image.estimates.map((text) => h('li', {}, text)))),
    h('details', { class: 'log' }, h('summary', {}, h('code', {}, 'docker history'), ' output'), h('pre', { attrs: { tabindex: '0' } }, image.history)),
  );
}
