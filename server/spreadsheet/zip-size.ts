// What a zip file (an .xlsx is one) unpacks to, from its central directory,
// without unpacking it; null when the directory cannot be found or read.
// Sizes that do not fit 32 bits (zip64) count as Infinity.
export function unpackedZipSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endRecord = 22;
  let end = -1;
  for (let i = bytes.byteLength - endRecord; i >= Math.max(0, bytes.byteLength - endRecord - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    total += size === 0xffffffff ? Infinity : size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
