// ESLint rule enforcing the architecture of docs/architecture.md: which folder of src/ may import
// which. It resolves each import (relative or through the `@/` alias) to a folder of src/, so a
// boundary cannot be dodged by writing the path differently. Type-only imports are allowed where
// DESIGN.md allows them (domain may name a type from elsewhere; it may not run its code).
import path from 'node:path';

/** Packages src/domain may never import at run time: it must stay pure and run in Node. */
const DOMAIN_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'zustand', '@xstate/react', 'dexie'];

/** For each layer, the layers it may not import (arrows point down only). */
const FORBIDDEN_LAYERS = {
  domain: ['app', 'features', 'stores', 'storage', 'ui'],
  storage: ['app', 'features', 'stores', 'ui'],
  stores: ['app', 'features', 'ui'],
  ui: ['app', 'features', 'stores', 'storage'],
  features: ['app'],
  app: [],
};

function srcLocation(absoluteFile, srcRoot) {
  const relative = path.relative(srcRoot, absoluteFile);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const [layer, sub] = relative.split(path.sep);
  return { layer, feature: layer === 'features' ? sub : undefined };
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    specifiers.length > 0 &&
    specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type')
  );
}

export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep src/ layers and features apart (see docs/architecture.md).' },
    schema: [],
    messages: {
      domainPackage:
        'src/domain must stay pure: it cannot import "{{name}}". Move this code to features/, stores/ or storage/, or import only types with `import type`.',
      layer:
        'src/{{from}} cannot import from src/{{to}} (layers only point down). Move the shared code to a lower layer.',
      feature:
        'Features never import each other: src/features/{{from}} imports src/features/{{to}}. Move what both need to stores/, ui/ or domain/.',
    },
  },
  create(context) {
    const filename = path.resolve(context.filename);
    const srcRoot = path.resolve(context.cwd, 'src');
    const here = srcLocation(filename, srcRoot);
    if (!here || !(here.layer in FORBIDDEN_LAYERS)) return {};

    function check(node, source) {
      if (!source || typeof source.value !== 'string' || isTypeOnly(node)) return;
      const specifier = source.value;
      let target = null;
      if (specifier.startsWith('@/')) target = path.resolve(srcRoot, specifier.slice(2));
      else if (specifier.startsWith('.')) target = path.resolve(path.dirname(filename), specifier);
      else if (
        here.layer === 'domain' &&
        DOMAIN_FORBIDDEN_PACKAGES.includes(packageName(specifier))
      ) {
        context.report({ node: source, messageId: 'domainPackage', data: { name: specifier } });
        return;
      }
      if (!target) return;
      const there = srcLocation(target, srcRoot);
      if (!there) return;
      if (FORBIDDEN_LAYERS[here.layer].includes(there.layer)) {
        context.report({
          node: source,
          messageId: 'layer',
          data: { from: here.layer, to: there.layer },
        });
      } else if (here.feature && there.feature && here.feature !== there.feature) {
        context.report({
          node: source,
          messageId: 'feature',
          data: { from: here.feature, to: there.feature },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { 'layer-boundaries': layerBoundaries } };
