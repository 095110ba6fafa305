// The same document written differently: re-wrapped, in the other tone-mark style, decomposed
// (NFD) and with CRLF line ends. A diff of a document against its reformatted copy must be empty.

/**
 * Breaks long prose lines before plain lower-case words, which can never start a label or
 * Markdown syntax. Lines between lone "|" lines are cells of a table flattened one cell per
 * line, where the reader counts lines: they are left alone.
 */
export function rewrap(text: string, width = 48): string {
  const out: string[] = [];
  const lines = text.split('\n');
  const cellLine = new Set<number>();
  const bars = [...lines.keys()].filter((i) => lines[i]?.trim() === '|');
  bars.forEach((b, k) => {
    const next = bars[k + 1];
    for (let i = b - 3; i <= b + 3; i++) cellLine.add(i);
    if (next !== undefined && next - b <= 40) for (let i = b; i < next; i++) cellLine.add(i);
  });
  for (const [i, line] of lines.entries()) {
    const t = line.trimStart();
    if (line.length <= width || cellLine.has(i) || /^[|#>]/.test(t) || /\|\s*$/.test(t) || line !== t) { out.push(line); continue; }
    const words = line.split(' ');
    let current = '';
    for (const w of words) {
      const breakable = current.length >= width && /^\p{Ll}[\p{Ll}\p{M}]+$/u.test(w.normalize('NFC')) && !/[*_`\\]$/.test(current);
      if (breakable) { out.push(current); current = w; } else current = current ? `${current} ${w}` : w;
    }
    out.push(current);
  }
  return out.join('\n');
}

const TONES = '\u0301\u0300\u0309\u0303\u0323';
const TRADITIONAL = new RegExp(`([oO])([${TONES}])([aAeE])(?![\\p{L}\\p{M}])|([uU])([${TONES}])([yY])(?![\\p{L}\\p{M}])`, 'gu');

/** Traditional tone placement (hòa, thủy) to the modern one (hoà, thuỷ). */
export function modernTones(text: string): string {
  return text.normalize('NFD').replace(TRADITIONAL, (m, o, t1, a, u, t2, y) => (o ? `${o}${a}${t1}` : u ? `${u}${y}${t2}` : m)).normalize('NFC');
}

export function reformat(text: string): string {
  return modernTones(rewrap(text)).normalize('NFD').replace(/\n/g, '\r\n');
}
