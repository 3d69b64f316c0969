import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createAppStorage } from '@/storage/app-storage';
import { loadAppState } from '@/stores/load-app-state';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { App } from './app';
import { registerServiceWorker } from './pwa/register-service-worker';
import { registerWhenQuiet } from './pwa/register-when-quiet';
import { RouteTree } from './route-tree';
import { appRoutes } from './routes';
import './styles.css';

async function start() {
  const storage = createAppStorage((failure) =>
    useStorageStatusStore.getState().reportFailure(failure),
  );
  // Preferences are read before the first render so the page never flashes in the wrong language.
  await loadAppState(storage);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App>
        <BrowserRouter>
          <RouteTree routes={appRoutes} />
        </BrowserRouter>
      </App>
    </StrictMode>,
  );
  // After the first render, and on an agent's first visit only once a call is on (see
  // register-when-quiet.ts): installing the service worker never delays a page or a pick-up.
  registerWhenQuiet(() => registerServiceWorker());
}

void start();
