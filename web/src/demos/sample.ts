/** Sample f at n+1 evenly spaced points over [lo, hi], for drawing a curve. */
export function sample(f: (x: number) => number, lo: number, hi: number, n = 120): [number, number][] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / n;
    return [x, f(x)];
  });
}
