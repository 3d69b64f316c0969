import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/app/i18n/i18n';
import { defaultAriaLabelConfig } from '@xyflow/system';
import type { ScriptStep } from '@/domain/script/script-schema';
import { branchesOf } from '@/features/authoring/graph/branches';
import { useMapWords } from '@/features/authoring/graph/map-a11y';
import { blankFrenchScript } from './authoring-fixtures';

// What the script map says to a screen reader, built from the real locale files: every one of
// React Flow's words replaced, steps named by their kind's word, branches by their steps' titles.

function renderWords() {
  const i18n = createI18n('fr');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return { i18n, ...renderHook(() => useMapWords(), { wrapper }) };
}

describe('the map words', () => {
  it('replace every label React Flow has, in French and then in English', async () => {
    const { i18n, result, rerender } = renderWords();
    const french = result.current;
    expect(Object.keys(french.flow).sort()).toEqual(Object.keys(defaultAriaLabelConfig).sort());
    expect(french.flow['controls.zoomIn.ariaLabel']).toBe('Zoom avant');
    const moved = french.flow['node.a11yDescription.ariaLiveMessage'];
    expect(moved?.({ direction: 'left', x: 10, y: -5 })).toBe(
      'Étape déplacée vers la gauche. Nouvelle position : x 10, y -5.',
    );
    // The same object on every render: the map's node and edge caches key on it.
    rerender();
    expect(result.current).toBe(french);

    await act(() => i18n.changeLanguage('en'));
    const english = result.current;
    expect(english).not.toBe(french);
    expect(english.flow['controls.fitView.ariaLabel']).toBe('Show every step');
    expect(
      english.flow['node.a11yDescription.ariaLiveMessage']?.({ direction: 'up', x: 0, y: 5 }),
    ).toBe('Step moved up. New position: x 0, y 5.');
    for (const [key, text] of Object.entries(english.flow)) {
      if (typeof text === 'string')
        expect(text, key).not.toBe(
          defaultAriaLabelConfig[key as keyof typeof defaultAriaLabelConfig],
        );
    }
  });

  it('name a step by title, kind, start and problems, and a branch by its steps', () => {
    const { result } = renderWords();
    const words = result.current;
    const script = blankFrenchScript();
    const [start, end] = script.steps as [ScriptStep, ScriptStep];
    expect(words.step(start, 0)).toBe(`${start.title} (Agent, début)`);
    expect(words.step(end, 2)).toBe(`${end.title} (Issue, 2 problèmes)`);
    expect(words.step({ ...end, title: ' ' }, 1)).toBe(
      `Sans titre (${end.id}) (Issue, 1 problème)`,
    );
    const [branch] = branchesOf(script);
    if (!branch) throw new Error('a blank script has one branch');
    expect(words.branch(branch, start.title, end.title)).toBe(
      `Branche de « ${start.title} » vers « ${end.title} »`,
    );
    expect(words.branch({ ...branch, label: '…', otherwise: true }, 'A', 'B')).toBe(
      'Branche de « A » vers « B » : sinon, réaction imprévue',
    );
  });
});
