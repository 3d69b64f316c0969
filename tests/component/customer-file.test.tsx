import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { freshStorage } from './render-app';
import { startCall } from './start-call';

const MASKED = /masqué jusqu'à la vérification d'identité/;

function field(file: HTMLElement, term: string): HTMLElement {
  const label = within(file).getByText(term, { selector: 'dt' });
  return label.nextElementSibling as HTMLElement;
}

describe('the customer file on the stage', () => {
  it(
    'shows the file beside the call, masked fields masked until identity is verified',
    { timeout: 120_000 },
    async () => {
      // Seed 2: asked for proof, M. Garnier reads out the number and the amount on file (at seed
      // 8 he now fumbles them, and the file rightly stays masked).
      const { user, view } = await startCall(/^Filage/, freshStorage(), 2);
      const file = screen.getByRole('region', { name: 'Fiche client' });
      expect(field(file, 'Titulaire')).toHaveTextContent('Monsieur Rémi Garnier');
      expect(field(file, 'Numéro client')).toHaveTextContent('BE-4471-0923');
      for (const masked of [
        'Adresse',
        'Dernières factures',
        'Numéro de contrat',
        'Contacts récents',
      ])
        expect(field(file, masked)).toHaveTextContent(MASKED);
      expect(within(file).queryByText(/Angers/)).toBeNull();
      expect(within(file).getByRole('status')).toHaveTextContent('Identité non vérifiée');
      expect(await seriousViolations(view.container)).toEqual([]);

      const line = screen.getByLabelText('Votre réplique');
      await user.type(
        line,
        'Brisa Énergie bonjour, Julie à votre écoute. En quoi puis-je vous aider ?{Enter}',
      );
      const log = screen.getByRole('log', { name: 'Conversation' });
      await waitFor(() => expect(within(log).getAllByText('Vous')).toHaveLength(1));
      await user.type(
        line,
        'Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client et le montant de votre dernière mensualité ?{Enter}',
      );
      await waitFor(() => expect(within(log).getAllByText('Vous')).toHaveLength(2));
      await waitFor(() => expect(log).toHaveTextContent('BE-4471-0923'));
      await waitFor(() =>
        expect(field(file, 'Adresse')).toHaveTextContent('12 rue des Tanneurs, 49100 Angers'),
      );
      expect(field(file, 'Dernières factures')).toHaveTextContent(/96,00/);
      expect(within(file).getByRole('status')).toHaveTextContent('Identité vérifiée');
      expect(within(file).queryByText(MASKED)).toBeNull();
    },
  );
});
