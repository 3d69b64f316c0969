/**
 * Takes the trainer to the form field a finding names, as the script editor's problems panel
 * does: the forms name their fields after the document's keys joined by « - », so
 * `$.speechStyle.tics` is the field `speechStyle-tics`, and a path deeper than any field (an
 * item of a list) falls back to the nearest field that holds it.
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
      return;
    }
  }
}
