import { useTranslation } from 'react-i18next';
import { DERAILMENTS } from '@/domain/script/derailments';
import { withoutKeys } from '@/domain/script/edit/object-fields';
import { freeId, usedIds } from '@/domain/script/edit/step-ids';
import { updateStep } from '@/domain/script/edit/step-edits';
import type { CustomerStep, Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { BranchList } from './branch-list';
import { ChoiceField, ListField, TextField, optionalText } from './fields';
import { AssignmentFields } from './assignment-fields';
import { linesFromTexts } from './line-list';
import { LineNotes } from './line-notes';

type Reaction = CustomerStep['reactions'][number];

/** A customer step: situation, reactions with their sample lines, branches and fallback. */
export function CustomerFields({ script, step }: { script: Script; step: CustomerStep }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const edit = useEditorStore((state) => state.edit);
  const change = (field: string, value: unknown, group = field) =>
    edit((s) => updateStep(s, step.id, { [field]: value }), `${step.id}.${group}`);
  const setReaction = (index: number, fields: Partial<Reaction>) =>
    change(
      'reactions',
      step.reactions.map((r, i) => (i === index ? { ...r, ...fields } : r)),
      `reactions.${index}.${Object.keys(fields).join()}`,
    );
  const addReaction = () => {
    const taken = usedIds(script);
    const id = freeId(`${step.id}-reaction`, taken);
    taken.add(id);
    const label = t('inspector.newReaction');
    change('reactions', [
      ...step.reactions,
      { id, label, lines: [{ id: freeId(`${id}-1`, taken), text: label }] },
    ]);
  };
  const targets = script.steps.map((s) => ({ value: s.id, label: `${s.title} (${s.id})` }));
  return (
    <>
      <TextField
        field="situation"
        label={t('inspector.situation')}
        value={step.situation ?? ''}
        multiline
        onChange={(v) => change('situation', optionalText(v))}
      />
      <fieldset data-field="reactions">
        <legend>{t('inspector.reactions')}</legend>
        <ol className="branch-list">
          {step.reactions.map((reaction, index) => (
            <li key={reaction.id}>
              <TextField
                field={`reactions-${index}-label`}
                label={t('inspector.reactionLabel')}
                value={reaction.label}
                onChange={(label) => setReaction(index, { label })}
              />
              <ListField
                field={`reactions-${index}-lines`}
                label={t('inspector.customerLines')}
                hint={t('inspector.onePerLine')}
                values={reaction.lines.map((line) => line.text)}
                onChange={(texts) =>
                  setReaction(index, {
                    lines: linesFromTexts(script, reaction.id, reaction.lines, texts),
                  })
                }
              />
              <LineNotes
                field={`reactions-${index}-lines`}
                lines={reaction.lines}
                onChange={(lines) => setReaction(index, { lines })}
              />
              <TextField
                field={`reactions-${index}-moodShift`}
                type="number"
                label={t('inspector.moodShift')}
                hint={t('inspector.moodShiftHint')}
                value={reaction.moodShift === undefined ? '' : String(reaction.moodShift)}
                onChange={(v) =>
                  setReaction(index, { moodShift: v === '' ? undefined : Number(v) })
                }
              />
              <ChoiceField
                field={`reactions-${index}-derailment`}
                label={t('inspector.derailment')}
                value={reaction.derailment ?? ''}
                options={[
                  { value: '', label: t('inspector.none') },
                  ...DERAILMENTS.map((d) => ({
                    value: d,
                    label: tApp(`rehearsal.debrief.moodChart.aside.${d}`),
                  })),
                ]}
                onChange={(v) =>
                  setReaction(index, { derailment: optionalText(v) as Reaction['derailment'] })
                }
              />
              {step.reactions.length > 1 && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() =>
                    change(
                      'reactions',
                      step.reactions.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('inspector.removeReaction', { label: reaction.label })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="button button--quiet" onClick={addReaction}>
          {t('inspector.addReaction')}
        </button>
      </fieldset>
      <BranchList script={script} step={step} />
      <ChoiceField
        field="otherwise"
        label={t('inspector.otherwise')}
        value={step.otherwise?.to ?? ''}
        options={[{ value: '', label: t('inspector.none') }, ...targets]}
        onChange={(to) =>
          change(
            'otherwise',
            to === ''
              ? undefined
              : {
                  ...step.otherwise,
                  id: step.otherwise?.id ?? freeId(`${step.id}-sinon`, usedIds(script)),
                  to,
                },
          )
        }
      />
      {step.otherwise && (
        <AssignmentFields
          script={script}
          prefix="otherwise"
          assignments={step.otherwise.set}
          onChange={(set) =>
            step.otherwise && change('otherwise', withoutKeys({ ...step.otherwise, set }))
          }
        />
      )}
    </>
  );
}
