/**
 * The most inputs a workbook can give its model, read synchronously from the sheets' XML so a
 * run can be priced before anything is imported: every @RISK or Crystal Ball distribution call in a formula is
 * at most one input (the import leaves out those no output uses). The cost calculator runs this
 * on each pricing pass, so it only inflates sheet parts and counts names; it never throws.
 */
import { inflateRawSync } from 'node:zlib';
import { RISK_DISTRIBUTIONS } from './risk-distributions.js';
import { MAX_UNCOMPRESSED_BYTES, MAX_WORKBOOK_BYTES } from './workbook-import.js';
import { findEndOfDirectory, uncompressedSize } from './zip-size.js';

const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Parts that hold formulas: the worksheets and the workbook's defined names. */
const FORMULA_PART = /^xl\/(worksheets\/[^/]+\.xml|workbook\.xml)$/;
/** A formula element: its attributes and its text, or none for a shared formula's followers. */
const FORMULA_ELEMENT = /<f(\s[^>]*)?(?:\/>|>([^<]*)<\/f>)/g;
const SHARED_INDEX = /\bsi="(\d+)"/;
const DISTRIBUTION_CALL = new RegExp(`\\b(?:${[...RISK_DISTRIBUTIONS].map((fn) => fn.replace('.', '\\.')).join('|')})\\s*\\(`, 'gi');

/** A range reference such as A1:B20 or $A$1:$A$100 (cross-sheet ones included: the sheet name precedes it). */
const RANGE = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/gi;

/**
 * Upper bounds on what the import can make of a workbook's formulas, for pricing before it runs:
 * `distributionCalls` bounds the inputs, `formulaCells` the outputs, and `formulaTerms` (characters
 * of formula text plus the cells of every range, which SUM and the like expand term by term) the
 * compiled operations.
 */
export type WorkbookShapeBound = { distributionCalls: number; formulaCells: number; formulaTerms: number };

const NOTHING: WorkbookShapeBound = { distributionCalls: 0, formulaCells: 0, formulaTerms: 0 };

/** Distribution calls in the workbook's formulas (shared formulas counted once per cell); 0 when it is no readable .xlsx. */
export function distributionCallCount(fileBase64: string): number {
  return workbookShapeBound(fileBase64).distributionCalls;
}

/** The bounds of `WorkbookShapeBound`; all 0 when it is no readable .xlsx. */
export function workbookShapeBound(fileBase64: string): WorkbookShapeBound {
  const bytes = Buffer.from(fileBase64.replace(/\s+/g, ''), 'base64');
  if (bytes.length > MAX_WORKBOOK_BYTES) return NOTHING;
  const expanded = uncompressedSize(bytes);
  if (expanded === null || expanded > MAX_UNCOMPRESSED_BYTES) return NOTHING;
  const total = { ...NOTHING };
  for (const xml of formulaParts(bytes)) {
    const part = boundOfPart(xml);
    total.distributionCalls += part.distributionCalls;
    total.formulaCells += part.formulaCells;
    total.formulaTerms += part.formulaTerms;
  }
  return total;
}

function boundOfFormula(text: string): WorkbookShapeBound {
  let rangeCells = 0;
  for (const [, fromColumn, fromRow, toColumn, toRow] of text.matchAll(RANGE)) {
    const columns = Math.abs(columnNumber(toColumn ?? '') - columnNumber(fromColumn ?? '')) + 1;
    const rows = Math.abs(Number(toRow) - Number(fromRow)) + 1;
    rangeCells += columns * rows;
  }
  return { distributionCalls: text.match(DISTRIBUTION_CALL)?.length ?? 0, formulaCells: 1, formulaTerms: text.length + rangeCells };
}

function columnNumber(letters: string): number {
  let value = 0;
  for (const letter of letters.toUpperCase()) value = value * 26 + (letter.charCodeAt(0) - 64);
  return value;
}

function boundOfPart(xml: string): WorkbookShapeBound {
  const sharedBounds = new Map<string, WorkbookShapeBound>();
  const total = { ...NOTHING };
  for (const match of xml.matchAll(FORMULA_ELEMENT)) {
    const shared = SHARED_INDEX.exec(match[1] ?? '')?.[1];
    const text = match[2];
    let bound: WorkbookShapeBound | undefined;
    if (text !== undefined && text !== '') {
      bound = boundOfFormula(text);
      if (shared !== undefined) sharedBounds.set(shared, bound);
    } else if (shared !== undefined) {
      bound = sharedBounds.get(shared);
    }
    if (!bound) continue;
    total.distributionCalls += bound.distributionCalls;
    total.formulaCells += bound.formulaCells;
    total.formulaTerms += bound.formulaTerms;
  }
  return total;
}

function* formulaParts(bytes: Buffer): Generator<string> {
  const end = findEndOfDirectory(bytes);
  if (end === null) return;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return;
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const local = bytes.readUInt32LE(offset + 42);
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    if (!FORMULA_PART.test(name) || local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    try {
      if (method === STORED) yield data.toString('utf8');
      else if (method === DEFLATED) yield inflateRawSync(data, { maxOutputLength: MAX_UNCOMPRESSED_BYTES }).toString('utf8');
    } catch {
      // A damaged part is refused by the import itself; pricing counts what it can read.
    }
  }
}
