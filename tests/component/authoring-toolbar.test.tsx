// The editor's toolbar exports the script as a Mermaid diagram and as an XState / Stately
// machine config, named after the script's id.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { EditorToolbar } from '@/features/authoring/editor/editor-toolbar';
import { exampleScript } from '../unit/domain/session/session-fixtures';
import { seriousViolations } from './axe';

const downloads = vi.hoisted(() => [] as { name: string; text: string; type?: string }[]);
vi.mock('@/ui/download-text', () => ({
  downloadText: (name: string, text: string, type?: string) => downloads.push({ name, text, type }),
}));

describe('Atelier toolbar', () => {
  it('exports the script as a Mermaid stateDiagram-v2 file, and is accessible', async () => {
    const script = exampleScript();
    act(() => useEditorStore.getState().open('draft-1', script));
    const { container } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <EditorToolbar script={script} saveState="saved" onRetrySave={() => undefined} />
      </I18nextProvider>,
    );
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Exporter en Mermaid (schéma)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe(`${script.id}.mmd`);
    expect(downloads[0]?.text.split('\n')[0]).toBe('stateDiagram-v2');
    expect(downloads[0]?.text).toContain(`as s_${script.steps[0]?.id.replace(/-/g, '_')}`);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('exports the XState / Stately JSON, and only once the script has a start step', async () => {
    const script = exampleScript();
    const noStart = { ...script, steps: script.steps.map(({ start: _s, ...step }) => step) };
    act(() => useEditorStore.getState().open('draft-1', noStart));
    const { rerender } = render(
      <I18nextProvider i18n={createI18n('fr')}>
        <EditorToolbar script={noStart} saveState="saved" onRetrySave={() => undefined} />
      </I18nextProvider>,
    );
    const button = screen.getByRole('button', { name: 'Exporter pour XState / Stately (JSON)' });
    expect(button).toBeDisabled();
    rerender(
      <I18nextProvider i18n={createI18n('fr')}>
        <EditorToolbar script={script} saveState="saved" onRetrySave={() => undefined} />
      </I18nextProvider>,
    );
    downloads.length = 0;
    await userEvent.setup().click(button);
    expect(downloads[0]?.name).toBe(`${script.id}.xstate.json`);
    expect(JSON.parse(downloads[0]?.text ?? '')).toMatchObject({ id: script.id, initial: '_call' });
  });
});
