import { useTranslation } from 'react-i18next';
import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import { updateStep } from '@/domain/script/edit/step-edits';
import type { AgentStep, DecisionStep, OutcomeStep, Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { BranchList } from './branch-list';
import { CheckField, ListField, TextField, optionalText } from './fields';
import { linesFromTexts } from './line-list';
import { LineNotes } from './line-notes';
import { RequiredContentFields } from './required-content-fields';

function useStepChange(stepId: string) {
  const edit = useEditorStore((state) => state.edit);
  return (field: string, value: unknown) =>
    edit((s) => updateStep(s, stepId, { [field]: value }), `${stepId}.${field}`);
}

/** An agent step: goal, expected moves, the author's lines, branches. */
export function AgentFields({ script, step }: { script: Script; step: AgentStep }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const change = useStepChange(step.id);
  return (
    <>
      <TextField
        field="goal"
        label={t('inspector.goal')}
        value={step.goal}
        multiline
        onChange={(v) => change('goal', v)}
      />
      <fieldset data-field="expectedMoves">
        <legend>{t('inspector.expectedMoves')}</legend>
        <div className="check-grid">
          {MOVE_IDS.map((move) => (
            <CheckField
              key={move}
              field={`move-${move}`}
              label={tApp(`rehearsal.moves.${move}`)}
              checked={step.expectedMoves.includes(move)}
              onChange={(on) =>
                change(
                  'expectedMoves',
                  on ? [...step.expectedMoves, move] : step.expectedMoves.filter((m) => m !== move),
                )
              }
            />
          ))}
        </div>
      </fieldset>
      <ListField
        field="lines"
        label={t('inspector.agentLines')}
        hint={t('inspector.onePerLine')}
        values={step.lines.map((line) => line.text)}
        onChange={(texts) => change('lines', linesFromTexts(script, step.id, step.lines, texts))}
      />
      <LineNotes field="lines" lines={step.lines} onChange={(lines) => change('lines', lines)} />
      <RequiredContentFields
        step={step}
        onChange={(contents) => change('requiredContent', contents)}
      />
      <BranchList script={script} step={step} />
    </>
  );
}

/** A decision step: its question and branches (conditions on variables). */
export function DecisionFields({ script, step }: { script: Script; step: DecisionStep }) {
  const { t } = useAuthoringTranslation();
  const change = useStepChange(step.id);
  return (
    <>
      <TextField
        field="question"
        label={t('inspector.question')}
        value={step.question ?? ''}
        onChange={(v) => change('question', optionalText(v))}
      />
      <BranchList script={script} step={step} />
    </>
  );
}

/** An outcome: its code, success and summary. */
export function OutcomeFields({ step }: { step: OutcomeStep }) {
  const { t } = useAuthoringTranslation();
  const change = useStepChange(step.id);
  return (
    <>
      <TextField
        field="code"
        label={t('inspector.code')}
        value={step.code}
        hint={t('inspector.codeHint')}
        onChange={(v) => change('code', v)}
      />
      <CheckField
        field="success"
        label={t('inspector.success')}
        checked={step.success}
        onChange={(on) => change('success', on)}
      />
      <TextField
        field="summary"
        label={t('inspector.summary')}
        value={step.summary ?? ''}
        multiline
        onChange={(v) => change('summary', optionalText(v))}
      />
    </>
  );
}
