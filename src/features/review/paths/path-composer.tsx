import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentAuthor } from '@/domain/review/envelope';
import {
  RECURRENCES,
  trainingPathSchema,
  type PathStep,
  type Recurrence,
  type TrainingPath,
} from '@/domain/review/training-path';
import { SelectField } from '@/ui/select-field';
import { StepBuilder } from './step-builder';
import { thresholdList } from './threshold-list';

interface PathComposerProps {
  scripts: { id: string; title: string }[];
  agents: { id: string; name: string }[];
  author: DocumentAuthor;
  onSave: (path: TrainingPath) => Promise<void>;
}

/** Composes a parcours: name, ordered steps, recurrence, first day and the agents it is for. */
export function PathComposer({ scripts, agents, author, onSave }: PathComposerProps) {
  const { t, i18n } = useTranslation('review');
  const [title, setTitle] = useState('');
  const [steps, setSteps] = useState<PathStep[]>([]);
  const [recurrence, setRecurrence] = useState<Recurrence>('monthly');
  const [startsOn, setStartsOn] = useState(new Date().toISOString().slice(0, 10));
  const [assignees, setAssignees] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return setError(t('paths.needTitle'));
    if (steps.length === 0) return setError(t('paths.needStep'));
    const path = trainingPathSchema.parse({
      kind: 'parcours',
      schemaVersion: 1,
      id: `parcours:${crypto.randomUUID()}`,
      createdAt: new Date().toISOString(),
      author,
      title: title.trim(),
      steps,
      recurrence,
      startsOn,
      assignees: agents.filter((agent) => assignees.has(agent.id)),
    });
    setError('');
    await onSave(path);
    setTitle('');
    setSteps([]);
  };
  return (
    <form
      className="review-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="compose-title"
    >
      <h2 id="compose-title">{t('paths.composeTitle')}</h2>
      <div className="field">
        <label htmlFor="path-title">{t('paths.name')}</label>
        <input
          id="path-title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <StepBuilder scripts={scripts} onAdd={(step) => setSteps([...steps, step])} />
      {steps.length === 0 ? (
        <p>{t('paths.noSteps')}</p>
      ) : (
        <ol aria-label={t('paths.stepsTitle')}>
          {steps.map((step, index) => (
            <li key={index}>
              {step.scriptTitle} — {t(`modes.${step.mode}`)} (
              {thresholdList(step, t, i18n.language)}){' '}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setSteps(steps.filter((_, at) => at !== index))}
              >
                {t('paths.removeStep', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <SelectField
        id="path-recurrence"
        label={t('paths.recurrence')}
        value={recurrence}
        onChange={(value) => setRecurrence(value as Recurrence)}
      >
        {RECURRENCES.map((value) => (
          <option key={value} value={value}>
            {t(`paths.recurrences.${value}`)}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label htmlFor="path-start">{t('paths.startsOn')}</label>
        <input
          id="path-start"
          type="date"
          value={startsOn}
          required
          onChange={(e) => setStartsOn(e.target.value)}
        />
      </div>
      {agents.length > 0 && (
        <fieldset>
          <legend>{t('paths.assignees')}</legend>
          {agents.map((agent) => (
            <label key={agent.id} className="choice">
              <input
                type="checkbox"
                checked={assignees.has(agent.id)}
                onChange={(e) => {
                  const next = new Set(assignees);
                  if (e.target.checked) next.add(agent.id);
                  else next.delete(agent.id);
                  setAssignees(next);
                }}
              />
              {agent.name}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t('paths.save')}
      </button>
    </form>
  );
}
