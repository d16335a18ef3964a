/** Builds .xlsx files in tests with exceljs: no binary fixtures. A string starting with = is a formula. */
import ExcelJS from 'exceljs';

export type SheetContents = Record<string, number | string | boolean>;

export async function workbookBase64(sheets: Record<string, SheetContents>, names: Record<string, string> = {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheetName, cells] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(sheetName);
    for (const [address, value] of Object.entries(cells)) {
      sheet.getCell(address).value = typeof value === 'string' && value.startsWith('=') ? { formula: value.slice(1) } : value;
    }
  }
  for (const [name, range] of Object.entries(names)) workbook.definedNames.add(range, name);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}
