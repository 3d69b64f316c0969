// `npm start`: builds if the sources changed, then serves the production build on 127.0.0.1.
// Options: --port N (default 4173, or $PORT).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { createStaticServer } from './static-server.mjs';

const HOST = '127.0.0.1';

function readPort() {
  const flag = process.argv.indexOf('--port');
  const raw = flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? '4173');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`start: invalid port "${raw}". Use --port with a number between 1 and 65535.`);
    process.exit(2);
  }
  return port;
}

const port = readPort();
buildIfNeeded();
const dist = join(resolve(fileURLToPath(new URL('..', import.meta.url))), 'dist');
const server = createStaticServer(dist);
server.on('error', (error) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: try --port ${port + 1}.` : '';
  console.error(`start: cannot serve on ${HOST}:${port}: ${error.message}.${hint}`);
  process.exit(1);
});
server.listen(port, HOST, () => {
  console.log(`Coulisses is running at http://${HOST}:${port}/ (Ctrl+C to stop)`);
});
