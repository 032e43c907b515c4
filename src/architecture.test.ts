// Issue 11, "imports point down": the shape of src/ as a test. Imports are read as text (regexes,
// not a parser): enough for the styles this codebase uses, and a relative import that does not
// resolve fails the test, so a form the regexes misread shows up instead of passing silently.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const slash = (path: string) => path.split('\\').join('/');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map(slash)
  .filter((f) => /\.tsx?$/.test(f))
  .sort();
const text = new Map(files.map((f) => [f, readFileSync(join(SRC, f), 'utf8')]));

// `import … from`, `import type …`, `export … from` (a clause has no `;`, `=` or `(`, so a match
// cannot run on into code), bare `import '…'`, dynamic `import('…')`. `clause` is what is named.
const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";=()]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
type Import = { spec: string; typeOnly: boolean; clause: string };

function importsOf(source: string): Import[] {
  const code = source.replace(/^\s*(\/\/|\*|\/\*).*$/gm, ''); // comment lines may quote imports
  const found = [...code.matchAll(BARE)].map((m) => ({
    spec: m[1] ?? m[2] ?? '',
    typeOnly: false,
    clause: '',
  }));
  for (const [, , type, clause = '', spec = ''] of code.matchAll(STATIC)) {
    // `import { type A, type B }` is type-only too.
    const names = clause.trim().startsWith('{') ? clause.replace(/[{}]/g, '').split(',') : [];
    const allTyped = names.some((n) => n.trim()) && names.every((n) => !n.trim() || /^\s*type\s/.test(n));
    found.push({ spec, typeOnly: type !== undefined || allTyped, clause });
  }
  return found;
}

/** A relative specifier as a src-relative file; null for packages, assets and files outside src. */
function resolveSpec(from: string, spec: string): string | null | undefined {
  const bare = spec.replace(/\?.*$/, ''); // Vite's `?worker`, `?url`
  if (!bare.startsWith('.') || /\.(css|json|geojson|woff2?|svg|png)$/.test(bare)) return null;
  const base = slash(relative(SRC, join(SRC, dirname(from), bare)));
  if (base.startsWith('..')) return null; // geo/, bench/: not part of this shape
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => text.has(f));
}

const edges = new Map<string, Set<string>>();
const unresolved: string[] = [];
for (const [file, source] of text) {
  const targets = importsOf(source).map(({ spec }) => [spec, resolveSpec(file, spec)] as const);
  for (const [spec, t] of targets) if (t === undefined) unresolved.push(`${file} → ${spec}`);
  edges.set(file, new Set(targets.flatMap(([, t]) => (t ? [t] : []))));
}

// Files directly in src/ (main.tsx, App.tsx) are folder '.': the app's top, which composes every
// folder, so a folder importing one of them closes a cycle, as it should.
const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] ?? '.') : '.');
// Tests are left out of the folder rules: nothing imports a test, so it holds no folder up, and a
// test that checks one module against another (the shader's rule against isShown) sits above both.
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
/** Every import between files as `a → b`, optionally as folders, tests left out. */
const pairs = (folders: boolean) =>
  [...edges].flatMap(([file, targets]) =>
    isTest(file) ? [] : [...targets].map((t) => (folders ? [folderOf(file), folderOf(t)] : [file, t])),
  );

/** Every cycle a depth-first search closes, each as a path `a → b → … → a`. */
function findCycles(graph: Map<string, Set<string>>): string[] {
  const [cycles, path, done] = [[] as string[], [] as string[], new Set<string>()];
  const visit = (node: string) => {
    if (done.has(node)) return;
    if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
    path.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return cycles;
}

/** Known violations may only go: fails on one not listed, and on a listed one that is gone. */
function onlyShrinks(found: string[], known: string[], what: string): void {
  expect(
    found.filter((f) => !known.includes(f)),
    `new ${what}`,
  ).toEqual([]);
  expect(
    known.filter((k) => !found.includes(k)),
    `gone (delete from the allowlist): ${what}`,
  ).toEqual([]);
}

// Known exceptions, each with why; empty now. Delete an entry when its edge goes, never add one
// without a reason a reviewer accepts.
const KNOWN_UPWARD: Record<string, string> = {};
const KNOWN_FOLDER_EDGES: Record<string, string> = {};

const FORBIDDEN: Record<string, string[]> = {
  state: ['map', 'ui'],
  data: ['map', 'ui'],
  layers: ['map', 'ui', 'import'], // layers are data: they draw any dataset and know no importer
  import: ['map', 'ui'],
  map: ['ui'],
};

// "Touches the map": imports a value from 'maplibre-gl', or its `Map` type (a file that is handed
// the map object can call it), or reaches for the console's `window.map`. Simple on purpose. The
// port is the one file allowed; the custom layer's own folder is exempt, as MapLibre calls it.
const PORT = 'map/port.ts';
const touchesMap = (source: string) =>
  importsOf(source).some((i) => i.spec === 'maplibre-gl' && (!i.typeOnly || /\bMap\b/.test(i.clause))) ||
  /\bwindow\.map\b/.test(source.replace(/^\s*(\/\/|\*|\/\*).*$/gm, ''));

describe('architecture: imports point down', () => {
  it('resolves every relative import it reads', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(unresolved, 'unresolved imports').toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(findCycles(edges), 'file cycles').toEqual([]);
  });

  it('has no import cycle between the top-level folders of src/', () => {
    const folderPairs = pairs(true).filter(([a, b]) => a !== b);
    const names = folderPairs.map(([a, b]) => `${a} → ${b}`);
    const graph = new Map<string, Set<string>>();
    for (const [a = '', b = ''] of folderPairs)
      if (!(`${a} → ${b}` in KNOWN_FOLDER_EDGES)) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    expect(findCycles(graph), 'folder cycles').toEqual([]);
    const gone = Object.keys(KNOWN_FOLDER_EDGES).filter((e) => !names.includes(e));
    expect(gone, 'gone (delete from KNOWN_FOLDER_EDGES)').toEqual([]);
  });

  it('keeps state, data, layers and import below map and ui, map below ui, layers below import', () => {
    const up = pairs(false).filter(([a = '', b = '']) => FORBIDDEN[folderOf(a)]?.includes(folderOf(b)));
    onlyShrinks(up.map(([a, b]) => `${a} → ${b}`).sort(), Object.keys(KNOWN_UPWARD), 'upward imports');
  });

  it('touches the MapLibre map only in the port (and the custom layer it draws with)', () => {
    expect(touchesMap(text.get(PORT) ?? ''), 'the port itself is found by the rule').toBe(true);
    const touching = files.filter((f) => !f.startsWith('map/events-gl/') && touchesMap(text.get(f) ?? ''));
    expect(touching, 'files touching the map (ask the port instead)').toEqual([PORT]);
  });
});
