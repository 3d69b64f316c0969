import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { App } from '@/app/app';
import { RouteTree } from '@/app/route-tree';
import { appRoutes } from '@/app/routes';
import { createAppStorage, type AppStorage } from '@/storage/app-storage';
import { loadAppState } from '@/stores/load-app-state';
import { usePreferencesStore } from '@/stores/preferences-store';
import { useProfileStore } from '@/stores/profile-store';
import { useRetentionStore } from '@/stores/retention-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';

let databaseCounter = 0;

/** A fresh, empty database (fake-indexeddb) so every test starts at first launch. */
export function freshStorage(): AppStorage {
  databaseCounter += 1;
  return createAppStorage(
    (failure) => useStorageStatusStore.getState().reportFailure(failure),
    `component-test-${databaseCounter}-${Date.now()}`,
  );
}

/** Resets the shared stores to what a new page load has before reading storage. */
export function resetStores(): void {
  useProfileStore.setState({ profiles: [], activeProfileId: null });
  usePreferencesStore.setState({ language: 'fr' });
  useStorageStatusStore.setState({
    failure: null,
    persistenceGranted: null,
    persistenceRequested: false,
    report: null,
  });
  useRetentionStore.setState({ months: null, plan: null, purged: null });
}

/** Loads the stores from `storage` the way main.tsx does, then renders the app at `path`. */
export async function renderApp(path: string, storage: AppStorage = freshStorage()) {
  resetStores();
  await loadAppState(storage);
  // Where the app is now, as the tests read it (`router.state.location`).
  let location: Location | null = null;
  const Where = () => {
    location = useLocation();
    return null;
  };
  const view = render(
    <App>
      <MemoryRouter initialEntries={[path]}>
        <RouteTree routes={appRoutes} />
        <Where />
      </MemoryRouter>
    </App>,
  );
  const router = {
    state: {
      get location(): Location {
        if (!location) throw new Error('renderApp: the router has not rendered yet');
        return location;
      },
    },
  };
  return { ...view, router, storage };
}
