/**
 * The header's light/dark toggle, on top of the system setting. It pins the choice on
 * `<html data-theme>` and stores it for theme-init.js, which applies it before the next page paints.
 * Choosing the scheme the system already uses forgets the choice, so the page follows the system again.
 */
const KEY = 'theme';
const root = document.documentElement;
const system = window.matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);

function choose(scheme: 'light' | 'dark'): void {
  const followsSystem = scheme === (system.matches ? 'dark' : 'light');
  if (followsSystem) delete root.dataset.theme;
  else root.dataset.theme = scheme;
  try {
    if (followsSystem) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, scheme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    choose(isDark() ? 'light' : 'dark');
    sync();
  });
  system.addEventListener('change', sync);
  sync();
  button.hidden = false;
}
