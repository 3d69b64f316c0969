// What a careless trainer does to Atelier, found by walking it: each test fails without its fix.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { DraftRow } from '@/features/authoring/shelf/draft-row';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';

const noop = () => Promise.resolve();

describe('Atelier, walked carelessly', () => {
  it('keeps a draft whose title was emptied reachable from the shelf, by its id', async () => {
    const script = { ...exampleScript(), title: '  ' };
    const draft: ScriptDraftRecord = { id: 'd-1', script, updatedAt: '2026-12-03T16:00:00Z' };
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <MemoryRouter>
          <ul>
            <DraftRow
              draft={draft}
              valid={false}
              brandName="Brisa Énergie"
              onRename={noop}
              onDuplicate={noop}
              onDelete={noop}
            />
          </ul>
        </MemoryRouter>
      </I18nextProvider>,
    );
    const link = screen.getByRole('link', { name: `Sans titre (${script.id})` });
    expect(link).toHaveAttribute('href', '/atelier/brouillon/d-1');
    expect(screen.getByRole('group', { name: `Actions sur « Sans titre (${script.id}) »` }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Supprimer' }));
    expect(
      screen.getByRole('alertdialog', {
        name: `Supprimer le brouillon « Sans titre (${script.id}) » ?`,
      }),
    ).toBeVisible();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
