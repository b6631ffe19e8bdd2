// The select toggles' first step, on every page that has them. It shows the toggles (CSS keys on
// :root[data-selection]) and handles every click on one, present or added later (search results),
// through one delegated listener. The rest (selection-core.ts) loads only when the reader has a
// selection or ticks a first paper, so a page costs a few hundred bytes of script before use.
type Core = typeof import('./selection-core.ts');

/** True when the stored selection (the key of selection-store.ts) is not empty, read without parsing it. */
function hasSelection(): boolean {
  try {
    return (localStorage.getItem(`survey-selection:${import.meta.env.BASE_URL}`) ?? '[]') !== '[]';
  } catch {
    return false;
  }
}

const root = document.documentElement;
if (!root.dataset.selection) {
  root.dataset.selection = 'on';
  let core: Promise<Core> | undefined;
  const load = () => (core ??= import('./selection-core.ts'));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('button.select-toggle[data-select-paper]');
    if (button) void load().then((module) => module.toggle(button.dataset.selectPaper!));
  });
  if (hasSelection()) void load();
}
