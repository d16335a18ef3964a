/**
 * The uncompressed size of a zip archive (an .xlsx is one), read from its central directory
 * without inflating anything: a small upload can expand a thousandfold, so the size is checked
 * before the workbook library reads it into memory.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** The sum of the entries' uncompressed sizes; null when the bytes are not a plain (non-ZIP64) zip. */
export function uncompressedSize(bytes: Buffer): number | null {
  const end = findEndOfDirectory(bytes);
  if (end === null) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const size = bytes.readUInt32LE(offset + 24);
    if (size === ZIP64_MARKER) return null;
    total += size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

/** Where the end-of-central-directory record starts; null when the bytes are no zip. */
export function findEndOfDirectory(bytes: Buffer): number | null {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return null;
}
