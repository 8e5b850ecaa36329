// Small pure formatters shared by the summary and the comment.

/** 75.25 → "1:15.3"; null → "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const tenths = Math.round(seconds * 10);
  const m = Math.floor(tenths / 600);
  const s = (tenths % 600) / 10;
  return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}

/** 1536000 → "1.5 MB"; null → "—". */
export function formatSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A loudness figure is shown only when it was measured (a nemo video's may be null, or NaN in older results). */
const measured = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** {integrated_lufs: -16.04, true_peak_dbtp: -1.52} → "-16.0 LUFS, -1.5 dBTP"; not measured → "—". */
export function formatLoudness(loudness: { integrated_lufs: number | null; true_peak_dbtp: number | null } | null | undefined): string {
  if (!loudness || !measured(loudness.integrated_lufs)) return '—';
  const peak = measured(loudness.true_peak_dbtp) ? `, ${loudness.true_peak_dbtp.toFixed(1)} dBTP` : '';
  return `${loudness.integrated_lufs.toFixed(1)} LUFS${peak}`;
}

/** Text safe inside a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The status as shown to people. */
export function statusLabel(status: 'delivered' | 'skipped' | 'failed'): string {
  return { delivered: '✅ delivered', skipped: '⏭️ skipped', failed: '❌ failed' }[status];
}

/**
 * Free text (possibly from an untrusted run) as an inline code span: no markdown, HTML, links or
 * @mentions take effect inside it. In a table cell `|` is escaped too (GitHub tables split on it first).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let flat = text.replace(/\r\n|\r|\n/g, ' ').trim();
  if (!flat) return '';
  if (options.inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
