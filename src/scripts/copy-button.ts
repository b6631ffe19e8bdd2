// Copy buttons: each `button[data-copy]` copies the text of the element whose id it names. The buttons
// ship hidden and are shown here, so a reader without JavaScript never meets a button that does nothing.
// Loaded as an external module: the CSP forbids inline scripts and handlers.
const live = document.querySelector<HTMLElement>('[data-copy-status]');
const RESET_MS = 2000;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const label = button.textContent;
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source) return;
    let message = 'Copied';
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
    } catch {
      // No clipboard here (a plain-http page, or permission refused): select the text for Ctrl+C instead.
      getSelection()?.selectAllChildren(source);
      message = 'Selected: press Ctrl+C';
    }
    button.textContent = message;
    if (live) live.textContent = message;
    clearTimeout(timer);
    timer = setTimeout(() => (button.textContent = label), RESET_MS);
  });
}

// A module (Astro bundles it as one), so its names never clash with the page's globals.
export {};
