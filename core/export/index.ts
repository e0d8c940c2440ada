/** core/export's public entry (@mission-studio/core/export): what the app, the CLI and the tools use of it. */
export { csvText } from './csv-text';
export type { ExportFormatId, ExportOptions, ExportResult } from './export.types';
export { EXPORT_FORMATS, exportFileName, findExportFormat } from './exporters';
export type { ExportFormat } from './exporters';
export { flowOrder } from './flow-order';
export { PLAYER_SCRIPT, PLAYER_STYLE } from './html/generated/player-assets';
export { exportStrings } from './strings/export-strings';
export { exportSvg } from './svg/export-svg';
export { defaultRasterScale, rasterSize } from './svg/raster-size';
