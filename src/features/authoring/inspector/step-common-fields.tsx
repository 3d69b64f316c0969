import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { renameStep, setStart, stepIdProblem, updateStep } from '@/domain/script/edit/step-edits';
import {
  COMPLIANCE_TAGS,
  PHASES,
  type Script,
  type ScriptStep,
} from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { CheckField, ChoiceField, TextField, optionalText } from './fields';

/** Fields every step has: id, title, phase, start, flags, compliance, notes. */
export function StepCommonFields({ script, step }: { script: Script; step: ScriptStep }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const edit = useEditorStore((state) => state.edit);
  const select = useEditorStore((state) => state.select);
  const [newId, setNewId] = useState(step.id);
  const change = (field: string, value: unknown) =>
    edit((s) => updateStep(s, step.id, { [field]: value }), `${step.id}.${field}`);
  const idProblem = stepIdProblem(script, newId, step.id);
  const compliance = step.compliance ?? [];
  return (
    <>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (idProblem || newId === step.id) return;
          edit((s) => renameStep(s, step.id, newId));
          select({ type: 'step', stepId: newId });
        }}
      >
        <TextField
          field="id"
          label={t('inspector.id')}
          value={newId}
          onChange={setNewId}
          hint={idProblem ? t(`inspector.idProblem.${idProblem}`) : t('inspector.idHint')}
        />
        <button
          type="submit"
          className="button button--quiet"
          disabled={idProblem !== null || newId === step.id}
        >
          {t('inspector.rename')}
        </button>
      </form>
      <TextField
        field="title"
        label={t('inspector.title')}
        value={step.title}
        onChange={(v) => change('title', v)}
      />
      <ChoiceField
        field="phase"
        label={t('inspector.phase')}
        value={step.phase ?? ''}
        options={[
          ...(step.kind === 'outcome' ? [{ value: '', label: t('inspector.none') }] : []),
          ...PHASES.map((phase) => ({ value: phase, label: tApp(`rehearsal.phase.${phase}`) })),
        ]}
        onChange={(v) => change('phase', optionalText(v))}
      />
      <CheckField
        field="start"
        label={t('inspector.start')}
        checked={step.start === true}
        onChange={(on) =>
          edit((s) => (on ? setStart(s, step.id) : updateStep(s, step.id, { start: undefined })))
        }
      />
      <CheckField
        field="mandatory"
        label={t('inspector.mandatory')}
        checked={step.mandatory === true}
        onChange={(on) => change('mandatory', on || undefined)}
      />
      <CheckField
        field="discloses"
        label={t('inspector.discloses')}
        checked={step.discloses === true}
        onChange={(on) => change('discloses', on || undefined)}
      />
      <CheckField
        field="throughline"
        label={t('inspector.throughline')}
        checked={step.throughline === true}
        onChange={(on) => change('throughline', on || undefined)}
      />
      <fieldset data-field="compliance">
        <legend>{t('inspector.compliance')}</legend>
        {COMPLIANCE_TAGS.map((tag) => (
          <CheckField
            key={tag}
            field={`compliance-${tag}`}
            label={t(`compliance.${tag}`)}
            checked={compliance.includes(tag)}
            onChange={(on) => {
              const next = on ? [...compliance, tag] : compliance.filter((c) => c !== tag);
              change('compliance', next.length > 0 ? next : undefined);
            }}
          />
        ))}
      </fieldset>
      <TextField
        field="notes"
        label={t('inspector.notes')}
        value={step.notes ?? ''}
        multiline
        onChange={(v) => change('notes', optionalText(v))}
      />
    </>
  );
}
