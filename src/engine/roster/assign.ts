/**
 * Maximum-weight assignment of columns to fields (the Hungarian method, O(n² m)): each column
 * takes at most one field and each field at most one column, and the total weight is the largest
 * possible. Weights ≤ 0 mean "not allowed" (the pair is never chosen).
 *
 * `weights[i][j]` is the weight of giving row item i (a column) the column item j (a field).
 * Returns, per row item, the index of its column item or -1.
 */
export function assignMax(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  if (rows === 0) return [];
  const cols = Math.max(...weights.map((w) => w.length));
  const n = Math.max(rows, cols);
  // Minimise cost = max − weight on a square matrix; disallowed and padding pairs cost max.
  let max = 0;
  for (const w of weights) for (const v of w) if (v > max) max = v;
  const cost = (i: number, j: number): number => {
    const v = i < rows && j < (weights[i]?.length ?? 0) ? weights[i][j] : 0;
    return v > 0 ? max - v : max;
  };
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    if (i >= 0 && i < rows && j - 1 < (weights[i]?.length ?? 0) && weights[i][j - 1] > 0)
      result[i] = j - 1;
  }
  return result;
}
