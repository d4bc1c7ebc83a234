/** FNV-1a over 32-bit words, seeded with their count, so a truncated or altered array is told apart. */
export function checksum(data: Uint32Array, seed = 0): number {
  let h = Math.imul(0x811c9dc5 ^ seed ^ data.length, 0x01000193);
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193);
  return h >>> 0;
}
