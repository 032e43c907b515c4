// WebVTT captions as text. Cue text comes from data (titles, outlets, a story's captions), so it
// is escaped: markup characters become entities, and nothing can end a cue early or open a
// timing line (a blank line, "-->").
export type Cue = { start: number; end: number; text: string };

/** `hh:mm:ss.ttt`, the form every player reads. */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * One line of cue text that shows as written: `&`, `<` and `>` as entities (so `-->` cannot
 * appear, nor a tag or a class), every line break and other control character a space, and NUL
 * (which the format forbids) too.
 */
export function escapeCueText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The file: numbered cues in time order, each at least a millisecond long. */
export function toVtt(cues: readonly Cue[]): string {
  const sorted = [...cues].sort((a, b) => a.start - b.start || a.end - b.end);
  const blocks = sorted.map((c, i) => {
    const end = Math.max(c.end, c.start + 0.001);
    return `${i + 1}\n${vttTime(c.start)} --> ${vttTime(end)}\n${escapeCueText(c.text) || '…'}`;
  });
  return ['WEBVTT', ...blocks].join('\n\n').concat('\n');
}
