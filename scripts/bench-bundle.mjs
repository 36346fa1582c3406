// Prints what the overview costs before its matrix can show: the entry chunk
// and every chunk it imports statically, gzipped, against the 120 kB budget.
// Lazy screens (and the chart library) are listed apart: they do not delay it.
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
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

let initialKb = 0;
console.log('\nJavaScript the overview needs before the matrix shows (gzip):');
for (const key of initial) {
  const kb = gzipKb(manifest[key].file);
  initialKb += kb;
  console.log(`  ${manifest[key].file.padEnd(44)} ${kb.toFixed(1).padStart(7)} kB`);
}
console.log(`  ${'total'.padEnd(44)} ${initialKb.toFixed(1).padStart(7)} kB  (budget ${budgetKb} kB: ${initialKb <= budgetKb ? 'within' : 'OVER'})`);

console.log('\nLoaded on demand:');
for (const [key, chunk] of Object.entries(manifest)) {
  if (initial.has(key) || !chunk.file.endsWith('.js')) continue;
  console.log(`  ${chunk.file.padEnd(44)} ${gzipKb(chunk.file).toFixed(1).padStart(7)} kB`);
}
rmSync(outDir, { recursive: true, force: true });
if (initialKb > budgetKb) process.exitCode = 1;
