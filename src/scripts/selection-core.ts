import { isSelectionStorageEvent, readSelection, writeSelection } from './selection-store.ts';

// The selection at work, loaded by selection.ts once the reader has a selection or ticks a first
// paper: keeps every toggle's aria-pressed in step (also toggles added later, such as search results)
// and shows a bar at the bottom of the screen that counts the selection and leads to /selection/.
let selected = new Set(readSelection());
let queued = false;

/** Adds the paper to the selection, or takes it out. */
export function toggle(slug: string): void {
  if (selected.has(slug)) selected.delete(slug);
  else selected.add(slug);
  writeSelection([...selected]);
}

function sync(): void {
  selected = new Set(readSelection());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.select-toggle[data-select-paper]')) {
    const pressed = String(selected.has(button.dataset.selectPaper!));
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  }
  bar();
}

function bar(): void {
  let element = document.getElementById('selection-bar');
  if (!element && selected.size === 0) return;
  if (!element) {
    element = Object.assign(document.createElement('div'), { id: 'selection-bar', className: 'selection-bar' });
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', 'Your selection');
    element.appendChild(document.createElement('a')).href =
      `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}selection/`;
    document.body.append(element);
  }
  element.hidden = selected.size === 0 || location.pathname.endsWith('/selection/');
  const link = element.querySelector('a')!;
  const text = `${selected.size} selected: review, share or export`;
  if (link.textContent !== text) link.textContent = text;
}

addEventListener('survey-selection', sync);
addEventListener('storage', (event) => {
  if (isSelectionStorageEvent(event)) sync();
});
new MutationObserver(() => {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    sync();
  });
}).observe(document.body, { childList: true, subtree: true });
sync();
