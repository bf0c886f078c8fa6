/**
 * 32-bit FNV-1a over UTF-16 code units: fast, stable across runs and platforms, good
 * enough spread for feature hashing. The result is an unsigned 32-bit integer;
 * the lexical embedder takes the sign from its top bit and the bucket from the rest.
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32) so that the low bits used for the bucket are well mixed.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
