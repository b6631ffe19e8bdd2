// Prettier keeps the house style (STYLE.md): 2-space indent, single quotes, semicolons, lines up to 120.
// The Astro plugin formats .astro files; README "Development" says why Prettier + ESLint, not Biome.
/** @type {import('prettier').Config} */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // The workflows, issue forms and CITATION.cff quote with double quotes, as GitHub's own examples do.
    { files: ['*.yml', '*.yaml', '*.cff'], options: { singleQuote: false } },
  ],
};
