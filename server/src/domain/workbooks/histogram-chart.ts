/**
 * Histogram charts for the results workbook. exceljs writes no charts, so they are added to the
 * zip it wrote: a DrawingML bar chart per output over its rows of the Histogram sheet, a drawing
 * that anchors them beside the table, the relationships that tie sheet, drawing and charts
 * together, and their content types. The charts refer to the cells, so Excel and LibreOffice
 * draw the table's numbers; each also caches them for readers that do not recalculate.
 */
import JSZip from 'jszip';

/** One output's block of the histogram table: 1-based sheet rows, bin lows in B and counts in D. */
export type HistogramBlock = { output: string; firstRow: number; binLows: number[]; counts: number[] };

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DRAWING_RELATION = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_RELATION = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Rows each chart takes, stacked down the sheet to the right of the table (columns G to O). */
const CHART_ROWS = 20;

export async function withHistogramCharts(xlsx: Buffer, sheetName: string, blocks: HistogramBlock[]): Promise<Buffer> {
  if (blocks.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = await sheetPartOf(zip, sheetName);
  const drawingPath = freeName(zip, 'xl/drawings/drawing', '.xml');
  const chartPaths: string[] = [];
  for (const block of blocks) {
    const chartPath = freeName(zip, 'xl/charts/chart', '.xml');
    zip.file(chartPath, chartXml(sheetName, block));
    chartPaths.push(chartPath);
  }
  zip.file(drawingPath, drawingXml(blocks.length));
  zip.file(
    relsPathOf(drawingPath),
    relationshipsXml(chartPaths.map((path, i) => relation(`rId${i + 1}`, CHART_RELATION, `../charts/${baseName(path)}`))),
  );
  const sheetRelsPath = relsPathOf(sheetPath);
  const drawingId = 'rIdCarloHistogram';
  const existingRels = await zip.file(sheetRelsPath)?.async('string');
  const drawingRelation = relation(drawingId, DRAWING_RELATION, `../drawings/${baseName(drawingPath)}`);
  zip.file(
    sheetRelsPath,
    existingRels === undefined
      ? relationshipsXml([drawingRelation])
      : existingRels.replace('</Relationships>', `${drawingRelation}</Relationships>`),
  );
  zip.file(sheetPath, withDrawingElement(await partText(zip, sheetPath), drawingId));
  const overrides = [override(drawingPath, DRAWING_TYPE), ...chartPaths.map((path) => override(path, CHART_TYPE))].join('');
  zip.file('[Content_Types].xml', (await partText(zip, '[Content_Types].xml')).replace('</Types>', `${overrides}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The part of a sheet, found by its name through the workbook and its relationships. */
async function sheetPartOf(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await partText(zip, 'xl/workbook.xml');
  const sheet = new RegExp(`<sheet\\b[^>]*\\bname="${escapeRegExp(escapeXml(sheetName))}"[^>]*\\br:id="([^"]+)"`).exec(workbook);
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  const target = sheet ? new RegExp(`<Relationship\\b[^>]*\\bId="${sheet[1]}"[^>]*\\bTarget="([^"]+)"`).exec(rels) : null;
  if (!target) throw new Error(`The results workbook has no sheet ${sheetName}`);
  return target[1].startsWith('/') ? target[1].slice(1) : `xl/${target[1]}`;
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const part = zip.file(path);
  if (part === null) throw new Error(`The results workbook has no part ${path}`);
  return part.async('string');
}

function freeName(zip: JSZip, prefix: string, suffix: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`) !== null) n++;
  return `${prefix}${n}${suffix}`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** The sheet's <drawing> goes before the elements the schema orders after it, with the r: namespace declared. */
function withDrawingElement(sheet: string, drawingId: string): string {
  const declared = sheet.includes(`xmlns:r="${R_NAMESPACE}"`)
    ? sheet
    : sheet.replace('<worksheet ', `<worksheet xmlns:r="${R_NAMESPACE}" `);
  const element = `<drawing r:id="${drawingId}"/>`;
  const next = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
    declared,
  );
  if (next === null) throw new Error('The results workbook has a sheet without its closing tag');
  return `${declared.slice(0, next.index)}${element}${declared.slice(next.index)}`;
}

function relation(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
}

function relationshipsXml(relations: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS}">${relations.join('')}</Relationships>`;
}

function override(path: string, contentType: string): string {
  return `<Override PartName="/${path}" ContentType="${contentType}"/>`;
}

/** Absolute references to one column of a block, e.g. 'Histogram'!$D$2:$D$41. */
export function histogramRange(sheetName: string, column: 'B' | 'D', block: HistogramBlock): string {
  const lastRow = block.firstRow + block.counts.length - 1;
  return `'${sheetName.replace(/'/g, "''")}'!$${column}$${block.firstRow}:$${column}$${lastRow}`;
}

function numbersXml(range: string, values: number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>${escapeXml(range)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function chartXml(sheetName: string, block: HistogramBlock): string {
  const title = escapeXml(`Histogram of ${block.output}`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R_NAMESPACE}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(block.output)}</c:v></c:tx><c:invertIfNegative val="0"/><c:cat>${numbersXml(histogramRange(sheetName, 'B', block), block.binLows)}</c:cat><c:val>${numbersXml(histogramRange(sheetName, 'D', block), block.counts)}</c:val></c:ser><c:gapWidth val="0"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>bin low</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:numFmt formatCode="0.00" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>iterations</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(charts: number): string {
  const anchors = Array.from({ length: charts }, (_, i) => {
    const top = i * CHART_ROWS + 1;
    return `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top + CHART_ROWS - 2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Histogram ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R_NAMESPACE}">${anchors}</xdr:wsDr>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
