// Summary statistics over samples, and the number formats BENCHMARKS.md uses.

/** The `p`-th percentile (0–100) of `values`, interpolating between ranks. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = ((sorted.length - 1) * p) / 100;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Median, min, max, p95 and mean of `values`. */
export function summarize(values) {
  return {
    median: percentile(values, 50),
    min: Math.min(...values),
    max: Math.max(...values),
    p95: percentile(values, 95),
    mean: values.reduce((sum, value) => sum + value, 0) / values.length,
    n: values.length,
  };
}

/** `1234.5` → `"1,235"` (or with `digits` decimals). */
export function formatNumber(value, digits = 0) {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A summary as `median (min–max)`. */
export function formatRange({ median, min, max }, digits = 0) {
  return `${formatNumber(median, digits)} (${formatNumber(min, digits)}–${formatNumber(max, digits)})`;
}

/** Bytes as MB with one decimal. */
export function formatMB(bytes) {
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
