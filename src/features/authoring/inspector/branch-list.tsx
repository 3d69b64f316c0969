import { useTranslation } from 'react-i18next';
import { connect, disconnect } from '@/domain/script/edit/branch-edits';
import { withoutKeys } from '@/domain/script/edit/object-fields';
import { updateStep } from '@/domain/script/edit/step-edits';
import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import type { AgentStep, CustomerStep, DecisionStep, Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ChoiceField, TextField, optionalText } from './fields';
import { AssignmentFields } from './assignment-fields';
import { GuardFields } from './guard-fields';

type Branching = AgentStep | CustomerStep | DecisionStep;

/** The step's branches: where each leads, when it is taken (reaction or move), its words. */
export function BranchList({ script, step }: { script: Script; step: Branching }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const edit = useEditorStore((state) => state.edit);
  const targets = script.steps.map((s) => ({ value: s.id, label: `${s.title} (${s.id})` }));
  const setBranch = (index: number, fields: Record<string, unknown>) =>
    edit(
      (s) => {
        const transitions = step.transitions.map((tr, i) =>
          i === index ? withoutKeys({ ...tr, ...fields }) : tr,
        );
        return updateStep(s, step.id, { transitions });
      },
      `${step.id}.transitions.${index}.${Object.keys(fields).join()}`,
    );
  const other = script.steps.find((s) => s.id !== step.id)?.id ?? step.id;
  return (
    <fieldset data-field="transitions">
      <legend>{t('inspector.branches')}</legend>
      {step.transitions.length === 0 && <p>{t('inspector.noBranch')}</p>}
      <ol className="branch-list">
        {step.transitions.map((transition, index) => (
          <li key={transition.id}>
            <ChoiceField
              field={`transitions-${index}-to`}
              label={t('inspector.branchTo')}
              value={transition.to}
              options={targets}
              onChange={(to) => setBranch(index, { to })}
            />
            {step.kind === 'customer' && 'on' in transition && (
              <ChoiceField
                field={`transitions-${index}-on`}
                label={t('inspector.branchOn')}
                value={transition.on}
                options={step.reactions.map((r) => ({ value: r.id, label: r.label }))}
                onChange={(on) => setBranch(index, { on })}
              />
            )}
            {step.kind === 'agent' && (
              <ChoiceField
                field={`transitions-${index}-onMove`}
                label={t('inspector.branchOnMove')}
                value={'onMove' in transition ? (transition.onMove ?? '') : ''}
                options={[
                  { value: '', label: t('inspector.anyMove') },
                  ...MOVE_IDS.map((m) => ({ value: m, label: tApp(`rehearsal.moves.${m}`) })),
                ]}
                onChange={(move) => setBranch(index, { onMove: optionalText(move) })}
              />
            )}
            <TextField
              field={`transitions-${index}-label`}
              label={t('inspector.branchLabel')}
              value={transition.label ?? ''}
              onChange={(label) => setBranch(index, { label: optionalText(label) })}
            />
            <GuardFields
              script={script}
              prefix={`transitions-${index}`}
              guard={transition.guard}
              onChange={(guard) => setBranch(index, { guard })}
            />
            <AssignmentFields
              script={script}
              prefix={`transitions-${index}`}
              assignments={transition.set}
              onChange={(set) => setBranch(index, { set })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => edit((s) => disconnect(s, step.id, transition.id))}
            >
              {t('inspector.removeBranch', { index: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => edit((s) => connect(s, step.id, other))}
      >
        {t('inspector.addBranch')}
      </button>
    </fieldset>
  );
}
