/**
 * How the bench prints values: KB, MB and GB are 1,000-based, as the budgets are written. Kept apart from
 * the rows in `metrics.ts` so that a run can log its figures without importing the rows that read its
 * result (that made an import cycle).
 */
/** Milliseconds as seconds. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** Bytes as KB. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
/** Bytes as MB. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
/** Bytes as GB. */
export const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
/** A ratio, as `1.50×`. */
export const ratio = (value: number) => `${value.toFixed(2)}×`;
/** Milliseconds, rounded. */
export const ms = (value: number) => `${Math.round(value)} ms`;
/** A count with thousands separators. */
export const count = (value: number) => Math.round(value).toLocaleString('en');
