import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Import boundaries checked on the resolved path of every relative import,
// so no spelling of a path ("../../../features/plan/api/get-plan") slips by.
// Each zone: files under `from` may not import anything under `target`
// (paths from the repository root), unless it is under one of `except`.
// `ownFeature: true` forbids importing any feature but the file's own.

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const inside = (file, folder) => file === folder || file.startsWith(`${folder}/`);

function featureOf(file) {
  const match = /^src\/features\/([^/]+)\//.exec(file);
  return match ? match[1] : null;
}

function resolvedPath(context, source) {
  if (!source.startsWith('.')) return null;
  const absolute = path.resolve(path.dirname(context.filename), source);
  return path.relative(root, absolute).split(path.sep).join('/');
}

export const importZones = {
  meta: {
    type: 'problem',
    schema: [{ type: 'array', items: { type: 'object' } }],
    messages: { boundary: 'Import boundary: {{message}} (see STYLE.md).' },
  },
  create(context) {
    const zones = context.options[0] ?? [];
    const importer = path.relative(root, context.filename).split(path.sep).join('/');
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const target = resolvedPath(context, source);
      if (target === null) return;
      for (const zone of zones) {
        if (!inside(importer, zone.from)) continue;
        if (zone.ownFeature) {
          const other = featureOf(`${target}/`);
          if (other !== null && other !== featureOf(importer)) context.report({ node, messageId: 'boundary', data: { message: zone.message } });
          continue;
        }
        if (!inside(target, zone.target) && !target.startsWith(`${zone.target}.`)) continue;
        if ((zone.except ?? []).some((folder) => inside(target, folder))) continue;
        context.report({ node, messageId: 'boundary', data: { message: zone.message } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};
