import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import type { UiLanguage } from '@/domain/profile/languages';
import type { SessionState } from '@/domain/session/session.types';
import { MoodChart } from '@/features/rehearsal/debrief/mood-chart';
import {
  ESCALATING_CALL,
  INTERRUPTED_CALL,
  playExampleCall,
  POLITE_CALL,
  STALLING_CALL,
} from '../unit/rehearsal/played-call';
import { seriousViolations } from './axe';

function renderChart(session: SessionState, language: UiLanguage = 'fr') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <MoodChart turns={session.transcript} />
    </I18nextProvider>,
  );
}

// Real calls through the real analyser: training it takes seconds on a busy machine.
describe('the debrief mood chart', { timeout: 60_000 }, () => {
  it('draws a real call turn by turn, marks the aside, and lists the values in a table', async () => {
    const user = userEvent.setup();
    const session = playExampleCall(INTERRUPTED_CALL.seed, INTERRUPTED_CALL.mode, POLITE_CALL);
    const turns = session.transcript.length;
    const { container } = renderChart(session);

    const figure = screen.getByRole('figure', { name: 'Humeur du client, tour par tour' });
    const chart = within(figure).getByRole('img', { name: /Humeur du client, tour par tour/ });
    expect(chart).toHaveAccessibleName(
      new RegExp(`Sur ${turns} tours, l'irritation passe de \\d+ à \\d+.*Imprévus\\s:\\s1`),
    );
    // One line per dial, through every turn.
    const lines = chart.querySelectorAll('.chart-series__line');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.getAttribute('d')?.match(/[ML]/g)).toHaveLength(turns);
    // The aside: a diamond where it starts, a ring where the call is back on track, each labelled.
    const marks = [...chart.querySelectorAll('.chart-mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['Interruption', 'Retour au fil']);
    expect(marks[0]?.querySelector('polygon')).not.toBeNull();
    expect(marks[1]?.querySelector('circle.chart-shape--open')).not.toBeNull();
    const legend = within(figure).getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Irritation',
      'Confiance',
      'Patience',
      "Début d'un imprévu (le client sort du texte)",
      'Imprévu désamorcé, retour au fil',
      "L'imprévu s'aggrave",
    ]);

    await user.click(within(figure).getByText('Voir les valeurs'));
    const table = within(figure).getByRole('table', {
      name: 'Humeur du client après chaque tour (sur 100)',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(turns + 1);
    const cells = (row: number) =>
      [...(rows[row]?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent);
    expect(cells(0)).toEqual([
      'Tour',
      'Qui parle',
      'Irritation',
      'Confiance',
      'Patience',
      'Imprévu',
    ]);
    const mood = (index: number) => session.transcript[index]?.mood;
    expect(cells(2)).toEqual([
      '2',
      'Client',
      String(Math.round(mood(1)?.irritation ?? NaN)),
      String(Math.round(mood(1)?.trust ?? NaN)),
      String(Math.round(mood(1)?.patience ?? NaN)),
      'Début : Interruption',
    ]);
    expect(cells(4)[5]).toBe('Retour au fil après : Interruption');
    expect(cells(1)).toEqual(expect.arrayContaining(['1', 'Vous', '—']));
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('reads in English, escalations included', () => {
    const session = playExampleCall(ESCALATING_CALL.seed, ESCALATING_CALL.mode, STALLING_CALL);
    renderChart(session, 'en');
    const figure = screen.getByRole('figure', { name: "Customer's mood, turn by turn" });
    const marks = [...figure.querySelectorAll('svg[role="img"] .chart-mark')];
    // The interruption is answered by the verification line; the manager demand is not.
    expect(marks.map((mark) => mark.textContent)).toEqual([
      'Interruption',
      'Back on track',
      'Manager demand',
      'Escalated: Legal threat',
    ]);
    expect(marks[3]?.querySelector('polygon')).not.toBeNull();
    const table = within(figure).getByRole('table', {
      name: "Customer's mood after each turn (out of 100)",
    });
    expect(within(table).getAllByText('Begins: Interruption')).toHaveLength(1);
    expect(within(table).getByText('Begins: Manager demand')).toBeInTheDocument();
    expect(within(table).getByText('Back on track after: Interruption')).toBeInTheDocument();
    expect(
      within(table).getByText('Manager demand escalating into: Legal threat'),
    ).toBeInTheDocument();
    expect(within(figure).getByText('Show the values')).toBeInTheDocument();
  });

  it('draws nothing before the first turn', () => {
    const session = playExampleCall(INTERRUPTED_CALL.seed, INTERRUPTED_CALL.mode, []);
    const { container } = renderChart(session);
    expect(session.transcript).toEqual([]);
    expect(container).toBeEmptyDOMElement();
  });
});
