/** The platform/csv module's public surface: other modules import only what is listed here. */
export { centsToAmount, neutraliseCell } from './csv-cell.js';
