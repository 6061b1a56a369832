/**
 * The site's view of the engine's Compose and Kubernetes analyses: a panel for `report.compose` and
 * `report.kubernetes`, the rows it shows (testable without a DOM), and editor markers for the YAML files.
 */
export { renderCompose, renderManifests } from './compose-panel.ts';
export { composeView, formatMemory, formatAt } from './compose-view.ts';
export type { ComposeView, ServiceRow, ConnectionRow, PortRow, VolumeRow, LimitRow, ContainerRow } from './compose-view.ts';
export { orchestrationMarkers } from './compose-markers.ts';
export type { YamlMarker } from './compose-markers.ts';
