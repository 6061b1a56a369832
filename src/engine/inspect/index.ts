/**
 * What `docker history` and dive would show for an image the build simulated: the history table, sizes in
 * Docker's words, dive's efficiency score and wasted space, and on-disk vs compressed totals.
 */
export type { ImageLayer, ImageLayerChange, LayerChange, LayerChangeKind } from './layer.ts';
export { BUILDKIT_COMMENT } from './layer.ts';
export { formatG, humanDuration, humanizeBytes, humanSize, humanSizeWithPrecision } from './human-size.ts';
export type { EfficiencyOptions, EfficiencyReport, Inefficiency } from './efficiency.ts';
export { analyzeEfficiency } from './efficiency.ts';
export type { HistoryFormatOptions, HistoryRow, HistoryRowOptions } from './history.ts';
export { formatHistory, historyRows, truncateId } from './history.ts';
export type { ImageTotals } from './image-totals.ts';
export { imageTotals } from './image-totals.ts';
export { displayWidth, ellipsis } from './text-width.ts';
export { tabwrite } from './tab-writer.ts';
