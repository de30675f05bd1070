class RateMeter {
  constructor(start, windowMs = 5e3) {
    this.start = start;
    this.windowMs = windowMs;
  }
  start;
  windowMs;
  samples = [];
  update(now, rows, bytes, totalBytes) {
    this.samples.push({ t: now, bytes });
    while (this.samples.length > 2 && now - this.samples[0].t > this.windowMs)
      this.samples.shift();
    const first = this.samples[0];
    const seconds = (now - first.t) / 1e3;
    const bytesPerSecond = seconds > 0 ? Math.max(0, (bytes - first.bytes) / seconds) : 0;
    const left = Math.max(0, totalBytes - bytes);
    return {
      rows,
      bytes,
      totalBytes,
      fraction: totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1,
      bytesPerSecond,
      ...bytesPerSecond > 0 ? { etaSeconds: left / bytesPerSecond } : left === 0 ? { etaSeconds: 0 } : {},
      elapsedSeconds: (now - this.start) / 1e3
    };
  }
}
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
}
function formatRate(id, r) {
  const mb = (n) => (n / 1e6).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const parts = [
    `${id}: ${r.rows.toLocaleString("en-US")} rows`,
    `${mb(r.bytes)}/${mb(r.totalBytes)} MB (${Math.floor(r.fraction * 100)}%)`
  ];
  if (r.bytesPerSecond > 0) parts.push(`${mb(r.bytesPerSecond)} MB/s`);
  parts.push(r.etaSeconds === void 0 ? "ETA \u2026" : `ETA ${formatDuration(r.etaSeconds)}`);
  return parts.join(" \xB7 ");
}

export { RateMeter as R, formatRate as a, formatDuration as f };
