// Atelier's floor panels with the real editor store, real storage (fake IndexedDB), the real
// library and engine: the proposals mined from stored sessions are accepted as ordinary edits
// (undoable) or dismissed (kept), and a path plays to a scored outcome. Only the reading of the
// sessions is replaced by fixture sessions (the e2e reads real ones).
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import type { FloorSession } from '@/domain/floor/floor-session';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { FloorPanels } from '@/features/authoring/floor/floor-panels';
import { PathsPanel } from '@/features/authoring/floor/paths-panel';
import type * as FloorSessionsModule from '@/features/authoring/floor/floor-sessions';
import {
  loadStudioLibrary,
  type StudioLibrary,
} from '@/features/authoring/library/library-documents';
import { createAppStorage, openAppStorage } from '@/storage/app-storage';
import { registerAppStorage } from '@/stores/app-storage-registry';
import { agent, floorSession } from '../unit/domain/floor/floor-fixtures';
import { scriptSchema } from '@/domain/script/script-schema';
import { minimalBundle, step } from '../fixtures/scripts/rule-cases';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';

const stored = vi.hoisted(() => ({ sessions: [] as FloorSession[], asked: [] as string[][] }));
vi.mock('@/features/authoring/floor/floor-sessions', async (actual) => ({
  ...(await actual<typeof FloorSessionsModule>()),
  loadFloorSessions: (ids: string[]) => {
    stored.asked.push(ids);
    return Promise.resolve(stored.sessions);
  },
}));

const stumble = (id: string, step: string, line: string, score: number) =>
  floorSession(id, score, [agent(step, 'Hum.'), agent(step, line)], {
    findings: [{ rule: 'mandatory_step_missed', criterion: 'adherence', turn: 0, points: -10 }],
  });

let library: StudioLibrary;
beforeAll(async () => {
  const storage = createAppStorage(() => undefined, 'floor-panels-test');
  await openAppStorage(storage);
  registerAppStorage(storage);
  library = await loadStudioLibrary();
  stored.sessions = [
    stumble(
      'a',
      'verification',
      'Pour votre sécurité, votre numéro client, Monsieur Garnier ?',
      17,
    ),
    stumble('b', 'verification', 'Votre numéro ?', 9),
    stumble('c', 'conclusion', 'Je récapitule : prélèvement le 10. Bonne journée !', 15),
  ];
});

function renderFloor() {
  const script = useEditorStore.getState().script;
  if (!script) throw new Error('no script open');
  return render(
    <I18nextProvider i18n={createI18n('fr')}>
      <Live />
    </I18nextProvider>,
  );
}

function Live() {
  const script = useEditorStore((state) => state.script);
  return script ? (
    <main>
      <FloorPanels
        draftId="draft-floor"
        origin="library:exemple-date-prelevement"
        script={script}
        library={library}
      />
    </main>
  ) : null;
}

const proposals = () => screen.getByRole('list', { name: 'Propositions du terrain' });

describe('Atelier floor panels', { timeout: 60_000 }, () => {
  it('shows where agents struggle and accepts a line as an undoable edit', async () => {
    const script = { ...exampleScript(), id: 'mon-prelevement' };
    act(() => useEditorStore.getState().open('draft-floor', script));
    const { container } = renderFloor();
    await screen.findByText('3 séance(s) lue(s) : 3 jouée(s) ici, 0 importée(s).');
    // The draft's own id and the library script it was duplicated from.
    expect(stored.asked.at(-1)).toEqual(['mon-prelevement', 'exemple-date-prelevement']);
    const struggles = screen.getByRole('list', { name: 'Où les agents trébuchent' });
    expect(
      within(struggles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      "Vérification d'identité 2 séance(s) sur 2 : hors script 2, imprévus mal gérés 0, note moyenne 13/20",
      'Conclusion 1 séance(s) sur 1 : hors script 1, imprévus mal gérés 0, note moyenne 15/20',
    ]);
    const first = within(proposals()).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(first).getByRole('heading').textContent).toBe(
      "Réplique pour « Vérification d'identité » · étape difficile n° 1",
    );
    // The customer's name became the script's slot: no name of a stored call is shown.
    expect(within(first).getByText('Pour votre sécurité, votre numéro client, Monsieur {nom} ?'));
    expect(container.textContent).not.toContain('Garnier');
    expect(await seriousViolations(container)).toEqual([]);

    const user = userEvent.setup();
    await user.click(
      within(first).getByRole('button', {
        name: 'Ajouter cette réplique comme exemple du geste attendu',
      }),
    );
    const lines = () => {
      const step = useEditorStore.getState().script?.steps.find((s) => s.id === 'verification');
      return step?.kind === 'agent' ? step.lines.map((line) => line.text) : [];
    };
    expect(lines()).toContain('Pour votre sécurité, votre numéro client, Monsieur {nom} ?');
    expect(
      await screen.findByText(/Réplique ajoutée à « Vérification d'identité »/u),
    ).toHaveFocus();
    // The accepted line is no longer proposed; the next best line of that step is.
    expect(within(proposals()).getAllByRole('blockquote')[0]?.textContent).toBe('Votre numéro ?');
    act(() => useEditorStore.temporal.getState().undo());
    expect(lines()).not.toContain('Pour votre sécurité, votre numéro client, Monsieur {nom} ?');
  });

  it('keeps a dismissed proposal hidden when the studio is opened again', async () => {
    act(() => useEditorStore.getState().open('draft-floor', exampleScript()));
    const { unmount } = renderFloor();
    await screen.findByText(/3 séance\(s\) lue\(s\)/u);
    await userEvent.setup().click(
      screen.getByRole('button', {
        name: 'Écarter la proposition « Je récapitule : prélèvement le 10. Bonne journée ! »',
      }),
    );
    await screen.findByText('Proposition écartée.');
    unmount();
    renderFloor();
    await screen.findByText(/3 séance\(s\) lue\(s\)/u);
    expect(proposals().textContent).not.toContain('Je récapitule');
    expect(proposals().textContent).toContain('votre numéro client, Monsieur {nom}');
  });

  it('lists the paths and plays one through the engine to a scored outcome', async () => {
    act(() => useEditorStore.getState().open('draft-floor', exampleScript()));
    const { container } = renderFloor();
    expect(screen.getByText(/^2 chemins vers les issues/u)).toBeInTheDocument();
    expect(screen.getByText('Toutes les issues sont atteignables.')).toBeInTheDocument();
    await userEvent.setup().click(
      screen.getByRole('button', {
        name: 'Jouer le chemin vers « Date de prélèvement changée »',
      }),
    );
    const report = await screen.findByText(/^Joué avec Rémi Garnier/u, {}, { timeout: 30_000 });
    expect(report.textContent).toMatch(
      /issue « \w+ » \((réussie|échouée)\), note \d+(,\d)?\/20\./u,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('says where a bounded listing stopped: « N chemins, arrêt à la limite »', () => {
    // A counter bounded at 100,000 that a loop keeps incrementing: too many states to walk.
    const bundle = minimalBundle();
    bundle.script.variables[0].max = 100_000;
    step(bundle, 'relance').transitions[0].guard.value = 100_000;
    const script = scriptSchema.parse(bundle.script);
    act(() => useEditorStore.getState().open('draft-huge', script));
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <PathsPanel script={script} library={null} unreached={null} sessions={0} />
      </I18nextProvider>,
    );
    expect(
      screen.getByText(/^\d+ chemins, arrêt à la limite : les issues non listées/u),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Issues non atteintes dans la limite' }),
    ).toBeInTheDocument();
    // Without the library, no path can be played yet.
    const play = screen.getAllByRole('button', { name: /^Jouer le chemin/u });
    expect(play.length).toBeGreaterThan(0);
    for (const button of play) expect(button).toBeDisabled();
  });
});
