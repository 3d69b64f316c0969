/**
 * Takes the trainer to the form field a finding names, as the script editor's problems panel
 * does: the forms name their fields after the document's keys and indexes joined by « - », so
 * `$.factSheet.address.city` is the field `factSheet-address-city`, and a path deeper than any
 * field (an item of a list) falls back to the nearest field that holds it. An optional part
 * (`hiddenIntent`) is named by the box that opens it, which comes first in the form. An item of
 * a one-per-line list is selected in its field.
 */
export function focusFinding(form: HTMLElement | null, path: string): void {
  if (!form) return;
  const keys = [...path.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((match) => match[1] ?? match[2]);
  for (let length = keys.length; length > 0; length -= 1) {
    const name = CSS.escape(keys.slice(0, length).join('-'));
    const field = form.querySelector(`[data-field="${name}"]`);
    const target = field?.querySelector<HTMLElement>('input, textarea, select, button');
    if (target) {
      target.focus();
      const line = Number(keys[length]);
      if (target instanceof HTMLTextAreaElement && length < keys.length && Number.isInteger(line))
        selectLine(target, line);
      return;
    }
  }
}

/** Selects line `index` of a one-item-per-line field, the list item the finding names. */
function selectLine(area: HTMLTextAreaElement, index: number): void {
  const lines = area.value.split('\n');
  if (index >= lines.length) return;
  const start = lines.slice(0, index).reduce((sum, text) => sum + text.length + 1, 0);
  area.setSelectionRange(start, start + (lines[index]?.length ?? 0));
}
