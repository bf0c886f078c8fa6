/**
 * The exhaustive baseline for the vector index: every passage vector in one Float32Array, scanned
 * with a dot product (vectors are unit length, so the dot product is the cosine).
 */
export interface ScoredKey {
  key: string;
  score: number;
}

export class CosineScan {
  private readonly index = new Map<string, number>();

  /** `matrix` holds row i's vector at [i·dimensions, (i+1)·dimensions); it is not copied. */
  constructor(
    readonly keys: readonly string[],
    private readonly matrix: Float32Array,
    readonly dimensions: number,
  ) {
    if (matrix.length !== keys.length * dimensions)
      throw new Error(`cosine scan: matrix of ${matrix.length} for ${keys.length} × ${dimensions}`);
    keys.forEach((key, row) => this.index.set(key, row));
  }

  /** Copies separate vectors into one matrix; every vector must have `dimensions` entries. */
  static of(keys: readonly string[], vectors: ReadonlyArray<ArrayLike<number>>, dimensions: number): CosineScan {
    if (keys.length !== vectors.length) throw new Error(`cosine scan: ${keys.length} keys for ${vectors.length} vectors`);
    const matrix = new Float32Array(keys.length * dimensions);
    vectors.forEach((v, row) => {
      if (v.length !== dimensions)
        throw new Error(`cosine scan: vector of ${keys[row]} has ${v.length} dimensions, expected ${dimensions}`);
      matrix.set(v, row * dimensions);
    });
    return new CosineScan(keys, matrix, dimensions);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Cosine of a stored passage with `query`, or NaN for an unknown key. */
  scoreOf(key: string, query: ArrayLike<number>): number {
    const row = this.index.get(key);
    return row === undefined ? NaN : this.dot(row, query);
  }

  /** The k best rows, best first; ties broken by key so the result is deterministic. */
  topK(query: ArrayLike<number>, k: number): ScoredKey[] {
    // A small sorted buffer beats sorting all rows: k is 10, rows are hundreds of thousands.
    const best: ScoredKey[] = [];
    for (let row = 0; row < this.keys.length; row++) {
      const score = this.dot(row, query);
      if (best.length === k && score < best[k - 1]!.score) continue;
      const entry = { key: this.keys[row]!, score };
      let at = best.length;
      while (at > 0 && better(entry, best[at - 1]!)) at--;
      if (at < k) {
        best.splice(at, 0, entry);
        if (best.length > k) best.pop();
      }
    }
    return best;
  }

  private dot(row: number, query: ArrayLike<number>): number {
    const m = this.matrix;
    const offset = row * this.dimensions;
    let sum = 0;
    for (let i = 0; i < this.dimensions; i++) sum += m[offset + i]! * query[i]!;
    return sum;
  }
}

const better = (a: ScoredKey, b: ScoredKey): boolean => a.score > b.score || (a.score === b.score && a.key < b.key);

/**
 * Recall@k of an approximate result against the exhaustive one, counting ties: a returned key is
 * right when its exact score reaches the exhaustive k-th score. Duplicate passages (the same
 * sentence in many meetings) have equal vectors, and which of them an index returns is arbitrary.
 */
export function recallWithTies(
  returned: readonly string[],
  exact: readonly ScoredKey[],
  scoreOf: (key: string) => number,
  k = 10,
  epsilon = 1e-5,
): number {
  const wanted = Math.min(k, exact.length);
  if (wanted === 0) return 1;
  const threshold = exact[wanted - 1]!.score - epsilon;
  const right = [...new Set(returned.slice(0, k))].filter((key) => scoreOf(key) >= threshold).length;
  return Math.min(right, wanted) / wanted;
}
