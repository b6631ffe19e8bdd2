// The papers table's first step, small enough to load on every table page: it shows the controls and
// the sort buttons (CSS keys on [data-table]), and loads the real work (papers-table-view.ts, and the
// rows of all papers) only when the reader uses a control, follows a shared URL with a state, or goes Back.
type View = typeof import('./papers-table-view.ts');

const table = document.querySelector<HTMLElement>('[data-papers-table]');
if (table) {
  const controls = table.querySelector<HTMLFormElement>('[data-table-controls]')!;
  let view: Promise<View> | undefined;
  const load = (): Promise<View> =>
    (view ??= import('./papers-table-view.ts')
      .then(async (module) => (await module.startTable(table), module))
      .catch((error: unknown) => {
        table.querySelector('[data-table-status]')!.textContent = 'Sorting and filtering could not load.';
        throw error;
      }));

  controls.hidden = false;
  table.dataset.table = 'on';
  table.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
    if (button) void load().then((module) => module.sortBy(button.dataset.sort!));
  });
  controls.addEventListener('focusin', () => void load(), { once: true });
  controls.addEventListener('input', () => void load().then((module) => module.fromControls()));
  // Enter submits the form as a plain GET to /papers/?q=…, which this script then reads from the URL.
  // A year link (#year-2024) also fires popstate: only a view with a state in the URL needs redrawing.
  addEventListener('popstate', () => {
    if (view || location.search) void load().then((module) => module.fromUrl());
  });
  if (location.search) void load().then((module) => module.fromUrl());
}
