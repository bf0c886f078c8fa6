import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';

const KEY_BYTES = 32;

/**
 * An append-only file of fixed-size records: a 32-byte sha256 key, then `dimensions`
 * little-endian float32s. Fixed size makes recovery trivial: a record cut short by a crash
 * is dropped (and the file trimmed back to the last whole record before the next append),
 * and a record with a non-finite value is skipped. The whole file is read on open; at 384
 * dimensions that is 1.5 kB per passage.
 */
export class EmbeddingDiskStore {
  readonly file: string;
  private readonly recordBytes: number;
  private readonly vectors = new Map<string, Float32Array>();
  private trimmed = false;

  constructor(
    directory: string,
    readonly dimensions: number,
  ) {
    this.file = path.join(directory, `vectors-${dimensions}.bin`);
    this.recordBytes = KEY_BYTES + dimensions * 4;
    this.load();
  }

  get size(): number {
    return this.vectors.size;
  }

  get(keyHex: string): Float32Array | undefined {
    return this.vectors.get(keyHex);
  }

  /** Appends records in one write; keys already stored are skipped. */
  append(records: ReadonlyArray<readonly [keyHex: string, vector: Float32Array]>): void {
    const fresh = records.filter(([key]) => !this.vectors.has(key));
    if (fresh.length === 0) return;
    const buffer = Buffer.alloc(fresh.length * this.recordBytes);
    fresh.forEach(([key, vector], index) => {
      const offset = index * this.recordBytes;
      buffer.write(key, offset, KEY_BYTES, 'hex');
      for (let i = 0; i < this.dimensions; i++) buffer.writeFloatLE(vector[i] ?? 0, offset + KEY_BYTES + i * 4);
      this.vectors.set(key, vector);
    });
    this.trimPartialRecord();
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, buffer);
  }

  private load(): void {
    if (!existsSync(this.file)) return;
    const bytes = readFileSync(this.file);
    const whole = Math.floor(bytes.length / this.recordBytes);
    for (let record = 0; record < whole; record++) {
      const offset = record * this.recordBytes;
      const key = bytes.toString('hex', offset, offset + KEY_BYTES);
      const vector = new Float32Array(this.dimensions);
      let finite = true;
      for (let i = 0; i < this.dimensions; i++) {
        const value = bytes.readFloatLE(offset + KEY_BYTES + i * 4);
        finite &&= Number.isFinite(value);
        vector[i] = value;
      }
      if (finite) this.vectors.set(key, vector);
    }
  }

  /** Cuts a half-written last record so that appended records stay aligned. Mutates the file. */
  private trimPartialRecord(): void {
    if (this.trimmed) return;
    this.trimmed = true;
    if (!existsSync(this.file)) return;
    const size = statSync(this.file).size;
    const aligned = size - (size % this.recordBytes);
    if (aligned !== size) truncateSync(this.file, aligned);
  }
}
