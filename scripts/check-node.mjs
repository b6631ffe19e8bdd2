// Runs after `npm install` (postinstall), on the Node that `npm run` scripts use: the one this project
// installs as a devDependency. It says which Node runs the project, so that npm's own engine checks,
// which judge the Node npm itself runs on (20 is fine), do not mislead; and it fails loudly if the
// project's Node is missing or too old. Plain JavaScript: it must run before TypeScript tooling is usable.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(`error: the project's scripts run on Node ${process.version}, but Astro 7 needs Node 22.12 or newer.`);
  console.error(
    '  fix: run npm install again (it installs Node 24 into node_modules/.bin), and check that "node" is in devDependencies.',
  );
  process.exit(1);
}
console.log(
  `Node ${process.version} runs this project's scripts (installed in node_modules/.bin); npm itself may run on an older Node.`,
);
