// Prints what a page costs before it works, gzipped: the entry chunk and
// every chunk it imports statically (all a page rendered on the server needs
// before it is painted), then with the app it loads next (src/app/start-app.tsx,
// all a page rendered in the browser needs before it shows), against the
// 120 kB budget. Lazy screens (and the chart library) are listed apart.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = 120;
const outDir = path.resolve('node_modules/.tmp/bench-dist');

execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'));
const gzipKb = (file) => gzipSync(readFileSync(path.join(outDir, file))).length / 1000;

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
// The app is one chunk built from a group of modules (scripts/app-in-one-chunk.ts),
// listed under its own name among what the entry loads on demand.
const appKey = (manifest[entryKey].dynamicImports ?? []).find((key) => manifest[key].name === 'start-app');
if (appKey === undefined) throw new Error('The manifest has no chunk for src/app/start-app.tsx among what the entry loads');
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};

const listed = (title, keys) => {
  let kb = 0;
  console.log(title);
  for (const key of keys) {
    const chunkKb = gzipKb(manifest[key].file);
    kb += chunkKb;
    console.log(`  ${manifest[key].file.padEnd(44)} ${chunkKb.toFixed(1).padStart(7)} kB`);
  }
  return kb;
};
visit(entryKey);
const entryKb = listed('\nJavaScript before a page rendered on the server is painted (gzip):', [...initial]);
console.log(`  ${'total'.padEnd(44)} ${entryKb.toFixed(1).padStart(7)} kB`);
const before = new Set(initial);
visit(appKey);
const initialKb = entryKb + listed('\nAnd the app it loads next, before a page rendered in the browser shows (gzip):', [...initial].filter((key) => !before.has(key)));
console.log(`  ${'total with the entry'.padEnd(44)} ${initialKb.toFixed(1).padStart(7)} kB  (budget ${budgetKb} kB: ${initialKb <= budgetKb ? 'within' : 'OVER'})`);

console.log('\nLoaded on demand:');
for (const [key, chunk] of Object.entries(manifest)) {
  if (initial.has(key) || !chunk.file.endsWith('.js')) continue;
  console.log(`  ${chunk.file.padEnd(44)} ${gzipKb(chunk.file).toFixed(1).padStart(7)} kB`);
}
rmSync(outDir, { recursive: true, force: true });
if (initialKb > budgetKb) process.exitCode = 1;
