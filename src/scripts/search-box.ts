// The header's search box, before use: all it does is load the typeahead when the box gets focus,
// and move focus to the page's search box when "/" is pressed. Everything else (the typeahead,
// Pagefind and its index) loads on that first use, so pages carry almost no script up front.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) {
  form
    .querySelector('input')!
    .addEventListener(
      'focus',
      () => void import('./search-typeahead.ts').then((typeahead) => typeahead.startTypeahead(form)),
      { once: true },
    );
}
document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    (event.target as Element).closest('input, textarea, select, [contenteditable]')
  )
    return;
  // The search page has its own box and hides the header's: focus whichever is shown.
  const box = [...document.querySelectorAll<HTMLInputElement>('input[data-search-input]')].find(
    (input) => input.offsetParent !== null,
  );
  if (!box) return;
  event.preventDefault();
  box.focus();
});
