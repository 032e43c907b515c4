// Copying text for the reader. The clipboard API can be missing (plain http, old browsers) or
// refuse (no permission, page not focused); then the text is selected on the page instead, so
// one key press still copies it.

export type CopyOutcome = 'copied' | 'selected';

/** Selects everything inside `element`, as a drag across it would. */
function selectContents(element: Element | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Writes `text` to the clipboard, or selects `fallback` when the clipboard will not take it. */
export async function copyText(text: string, fallback: Element | null): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectContents(fallback);
    return 'selected';
  }
}
