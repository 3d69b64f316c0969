// Builds the production bundle unless dist/ is newer than every source file. Used by `npm start`
// and by the e2e suite, so both always serve what the sources say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const INPUTS = [
  'src',
  'public',
  // The rehearsal area bundles the script library: a changed script must rebuild too.
  'scripts-library',
  'index.html',
  'vite.config.ts',
  // Build plugins (the library gate, the route report) shape dist/ too.
  'tools/vite',
  'package.json',
  'package-lock.json',
];

function newestModification(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** True when dist/ is missing or older than any input of the build. */
export function buildIsStale() {
  const built = join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(...INPUTS.map((input) => newestModification(join(root, input))));
  return sources > statSync(built).mtimeMs;
}

/** Runs `vite build` when needed; exits the process if the build fails. */
export function buildIfNeeded() {
  if (!buildIsStale()) return;
  console.log('Building the production bundle…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'The production build failed (see above). Fix the error, then run the command again.',
    );
    process.exit(result.status ?? 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildIfNeeded();
