import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { RouteTree } from '@/app/route-tree';
import { loadLibrary, type Library } from '@/features/rehearsal/library/library-loader';
import { useLibraryStore } from '@/features/rehearsal/library/library-store';
import { seriousViolations } from './axe';
import { fakeProfile, seedProfiles } from './profile-fixture';
import { freshStorage, renderApp } from './render-app';

// Issue 14 item 1: a script that fails the validator is listed as unavailable with the reason,
// « Décrocher » says why a call cannot start instead of throwing, and a route that fails shows
// a way back.
async function libraryWithFaults(): Promise<Library> {
  const library = await loadLibrary();
  const example = library.scripts.find((script) => script.id === 'exemple-date-prelevement');
  if (!example) throw new Error('example script missing from the library');
  const noBrand = { ...example, id: 'sans-marque', title: 'Appel sans marque', brand: 'inconnue' };
  const twoStarts = {
    ...example,
    id: 'deux-debuts',
    title: 'Appel à deux débuts',
    steps: example.steps.map((step, index) => (index === 1 ? { ...step, start: true } : step)),
  };
  const broken = { ...example, id: 'casse', title: 'Script cassé' };
  return {
    ...library,
    scripts: [...library.scripts, noBrand, twoStarts],
    unavailable: [
      {
        script: broken,
        problem: {
          file: 'scripts/casse.json',
          path: '$.steps[1].start',
          message: { fr: 'L’étape "b" est un deuxième début.', en: 'Step "b" is a second start.' },
          fix: { fr: 'Gardez un seul début.', en: 'Keep one start.' },
        },
      },
    ],
  };
}

const loaded = useLibraryStore.getState();
// Unmount first: a still-mounted page would call the restored (real) loader, whose late result
// would then overwrite the next test's library.
afterEach(() => {
  cleanup();
  useLibraryStore.setState(loaded);
});

async function withLibrary(path: string) {
  useLibraryStore.setState({ library: await libraryWithFaults(), ensureLoaded: async () => {} });
  const storage = freshStorage();
  await seedProfiles(storage, [fakeProfile()]);
  return renderApp(path, storage);
}

describe('an untrusted library', () => {
  it('lists a script the validator refused as unavailable, with the reason and the fix', async () => {
    const { container } = await withLibrary('/repeter');
    const section = await screen.findByRole('region', { name: 'Scripts indisponibles' });
    expect(section).toHaveTextContent('Script cassé');
    expect(section).toHaveTextContent('scripts/casse.json, à $.steps[1].start');
    expect(section).toHaveTextContent('Correction : Gardez un seul début.');
    expect(section.querySelector('a')).toBeNull(); // nothing to play
    expect(await seriousViolations(container)).toEqual([]);
  });

  it.each([
    ['sans-marque', /charte de marque "inconnue" est introuvable/],
    ['deux-debuts', /deuxième début/],
  ])('says why « Décrocher » cannot start %s, on screen', async (id, reason) => {
    const user = userEvent.setup();
    await withLibrary(`/repeter/scenario/${id}?persona=remi-garnier-presse`);
    await user.click(await screen.findByRole('button', { name: 'Décrocher' }, { timeout: 5000 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(screen.getByRole('button', { name: 'Décrocher' })).toBeEnabled();
  });

  it.each([
    ['an unknown customer', 'client-efface'],
    ['a customer who speaks another language', 'margaret-hill-upset'],
  ])('says why « Décrocher » cannot start with %s, never swapping in another', async (_, id) => {
    const user = userEvent.setup();
    await withLibrary(`/repeter/scenario/exemple-date-prelevement?persona=${id}`);
    await user.click(await screen.findByRole('button', { name: 'Décrocher' }, { timeout: 5000 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      new RegExp(`client "${id}" est introuvable`),
    );
    expect(screen.getByRole('button', { name: 'Décrocher' })).toBeEnabled();
  });

  it('explains an unavailable script on its setup page', async () => {
    await withLibrary('/repeter/scenario/casse');
    expect(await screen.findByText(/L'appel ne peut pas démarrer : L’étape "b"/)).toBeVisible();
  });
});

describe('route error boundary', () => {
  it('shows what happened and a way home when a page throws', async () => {
    const Broken = () => {
      throw new Error('Page en panne');
    };
    render(
      <App>
        <MemoryRouter>
          <RouteTree routes={[{ path: '/', Component: Broken }]} />
        </MemoryRouter>
      </App>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Cette page a rencontré un problème' }),
    ).toBeVisible();
    expect(screen.getByText('Page en panne')).toBeVisible();
    expect(screen.getByRole('link', { name: "Revenir à l'accueil" })).toHaveAttribute('href', '/');
  });
});

describe('right-to-left text from users', () => {
  it('isolates a profile name in <bdi> so it cannot reorder the sentence around it', async () => {
    const storage = freshStorage();
    await seedProfiles(storage, [
      fakeProfile({ displayName: 'مريم\u202e' }),
      fakeProfile({ id: 'p2', displayName: 'עדי' }),
    ]);
    const { container } = await renderApp('/parametres', storage);
    await screen.findByRole('button', { name: /Utiliser le profil/ });
    const names = [...container.querySelectorAll('bdi')].map((node) => node.textContent);
    expect(names).toEqual(expect.arrayContaining(['مريم\u202e', 'עדי']));
  });
});
