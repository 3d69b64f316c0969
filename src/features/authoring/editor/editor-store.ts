import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Script } from '@/domain/script/script-schema';

/** What the inspector shows: a step (and one of its fields), or the script's meta. */
export type Selection =
  { type: 'meta'; field?: string } | { type: 'step'; stepId: string; field?: string };

interface EditorState {
  draftId: string | null;
  /** The one source of truth: the graph, the list and the inspector derive from it. */
  script: Script | null;
  selection: Selection;
  /** Opens a draft; its undo history starts empty. */
  open: (draftId: string, script: Script) => void;
  /**
   * Applies a pure domain edit. Edits sharing a `group` (a field being typed in) within a second
   * of each other undo as one.
   */
  edit: (change: (script: Script) => Script, group?: string) => void;
  select: (selection: Selection) => void;
}

/** User Timing mark of each edit, paired with VALIDATED_MARK by the studio bench. */
export const EDIT_MARK = 'studio:edit';

// Keystrokes closer than this in one field are one undo step.
const TYPING_GROUP_MS = 1000;
let lastGroup: { key: string | undefined; at: number } = { key: undefined, at: 0 };

/** The studio's editor: the draft being written, wrapped by zundo so every edit can be undone. */
export const useEditorStore = create<EditorState>()(
  temporal(
    (set, get) => ({
      draftId: null,
      script: null,
      selection: { type: 'meta' },
      open: (draftId, script) => {
        set({ draftId, script, selection: { type: 'meta' } });
        useEditorStore.temporal.getState().clear();
        lastGroup = { key: undefined, at: 0 };
      },
      edit: (change, group) => {
        const { script } = get();
        if (!script) return;
        const next = change(script);
        if (next === script) return;
        // Seen in DevTools' timings and by the studio bench (edit → findings shown).
        performance.mark(EDIT_MARK);
        const now = Date.now();
        const grouped =
          group !== undefined && group === lastGroup.key && now - lastGroup.at < TYPING_GROUP_MS;
        lastGroup = { key: group, at: now };
        const history = useEditorStore.temporal.getState();
        // The first keystroke of a group recorded the state before typing: the rest join it.
        if (grouped) history.pause();
        set({ script: next });
        if (grouped) history.resume();
      },
      select: (selection) => set({ selection }),
    }),
    {
      // Only the document is history; selecting a step is not an edit.
      partialize: (state) => ({ script: state.script }),
      equality: (past, current) => past.script === current.script,
      limit: 200,
    },
  ),
);
