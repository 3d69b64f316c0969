// The script editor's inspector and problems panel on the real store (zustand + zundo), the
// real live validation and the real i18n, for the component tests of Atelier's editor.
import { act, render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/app/i18n/i18n';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '@/features/authoring/editor/editor-store';
import { ProblemsPanel } from '@/features/authoring/editor/problems-panel';
import { useLiveValidation } from '@/features/authoring/editor/use-live-validation';
import { useUndoKeys } from '@/features/authoring/editor/use-undo-keys';
import { InspectorPanel } from '@/features/authoring/inspector/inspector-panel';
import { exampleScript } from '../unit/domain/session/session-fixtures';

function Editor() {
  useUndoKeys();
  const script = useEditorStore((state) => state.script);
  const selection = useEditorStore((state) => state.selection);
  const findings = useLiveValidation(script, undefined);
  if (!script) return null;
  return (
    <main>
      <ProblemsPanel findings={findings} stepIds={script.steps.map((step) => step.id)} />
      <InspectorPanel script={script} selection={selection} library={null} />
    </main>
  );
}

export function renderEditor(script: Script = exampleScript()) {
  act(() => useEditorStore.getState().open('draft-1', script));
  return render(
    <I18nextProvider i18n={createI18n('fr')}>
      <Editor />
    </I18nextProvider>,
  );
}

/** The script in the editor's store, as the last edit left it. */
export const current = () => useEditorStore.getState().script as Script;
