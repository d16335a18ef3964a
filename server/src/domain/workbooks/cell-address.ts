/** A1-style addresses: columns are 1-based numbers inside, letters at the edges. */
export type CellRef = { col: number; row: number };

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `$B$7` or `b7`; null when it is not a cell inside Excel's grid. */
export function parseCellRef(text: string): CellRef | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) return null;
  const col = columnNumber(match[1]);
  const row = Number(match[2]);
  return col >= 1 && col <= MAX_COLUMN && row >= 1 && row <= MAX_ROW ? { col, row } : null;
}

export function cellName(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row}`;
}

/** The key of a cell in the workbook map, and how reports and errors name it: `Model!B7`. */
export function cellKey(sheet: string, ref: CellRef): string {
  return `${sheet}!${cellName(ref)}`;
}

/** Every cell of a rectangular range, row by row (Excel's order for SUM and RiskCorrmat). */
export function cellsOfRange(from: CellRef, to: CellRef): CellRef[] {
  const cells: CellRef[] = [];
  const [r1, r2] = [Math.min(from.row, to.row), Math.max(from.row, to.row)];
  const [c1, c2] = [Math.min(from.col, to.col), Math.max(from.col, to.col)];
  for (let row = r1; row <= r2; row++) for (let col = c1; col <= c2; col++) cells.push({ col, row });
  return cells;
}

/** `Sheet 1!$A$1:$B$2` or `'Sheet 1'!A1` as a sheet and a range; null if it is not one. */
export function parseSheetRange(text: string): { sheet: string; from: CellRef; to: CellRef } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!([^:]+)(?::(.+))?$/.exec(text.trim());
  if (!match) return null;
  const sheet = match[1]?.replaceAll("''", "'") ?? match[2];
  const from = parseCellRef(match[3]);
  const to = match[4] ? parseCellRef(match[4]) : from;
  return from && to ? { sheet, from, to } : null;
}
