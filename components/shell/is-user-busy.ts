// Whether the user is in the middle of something a refresh could disturb: an open dialog, menu or popover, the
// focus in a field, or a form with text they typed and have not sent. Live updates wait until they are done.

const openOverlay = [
  '[role="dialog"][data-state="open"]',
  '[role="alertdialog"][data-state="open"]',
  '[role="menu"][data-state="open"]',
  '[role="listbox"][data-state="open"]',
].join(", ");

const textEntry = [
  "input:not([type])",
  ...["text", "search", "email", "number", "tel", "url", "password", "date", "datetime-local", "time"].map(
    (type) => `input[type="${type}"]`,
  ),
  "textarea",
].join(", ");

export function isUserBusy(doc: Document): boolean {
  if (doc.querySelector(openOverlay)) return true;
  const active = doc.activeElement;
  if (active instanceof HTMLElement && (active.matches(`${textEntry}, select`) || active.isContentEditable))
    return true;
  // An uncontrolled field keeps what the page rendered as its default: anything else was typed.
  return [...doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`form :is(${textEntry})`)].some(
    (field) => field.value !== field.defaultValue,
  );
}
