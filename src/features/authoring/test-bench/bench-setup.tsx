import { useState } from 'react';
import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { FactKey } from '@/domain/customer/fact-answers';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { VariableValue } from '@/domain/script/script-variables-schema';
import { playableSteps } from '@/domain/session/session-at-step';
import type { SavedTestRun } from '@/storage/regression-case-repository';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { LECTURE_MODE, TYPED_MODE } from './bench-run';

const MODES = [
  { value: TYPED_MODE, key: 'typed' },
  { value: LECTURE_MODE, key: 'lecture' },
] as const;

// The facts a bench preset can mark as given; the parcel ones (tracking number, postcode, shop)
// have no label here yet.
const FACTS = [
  'customerNumber',
  'fullName',
  'address',
  'birthYear',
  'email',
  'phone',
  'securityDetail',
] as const satisfies readonly FactKey[];

interface BenchSetupProps {
  script: Script;
  /** The step selected in the map or list: the default start. */
  selectedStepId: string | undefined;
  /** Steps with an error finding: listed, but not offered. */
  brokenSteps: ReadonlySet<string>;
  personas: readonly Persona[];
  onStart: (setup: Omit<SavedTestRun, 'lines'>) => void;
}

/** Where and how the test call opens: step, variables, what the customer already said, who, how. */
export function BenchSetup({
  script,
  selectedStepId,
  brokenSteps,
  personas,
  onStart,
}: BenchSetupProps) {
  const { t } = useAuthoringTranslation();
  const playable = playableSteps({ script });
  const sound = playable.filter((id) => !brokenSteps.has(id));
  // A step picked here holds until another node is selected: the selection is the default.
  const [chosen, setChosen] = useState<{ stepId: string; under: string | undefined } | null>(null);
  const fallback = selectedStepId && sound.includes(selectedStepId) ? selectedStepId : sound[0];
  const stepId =
    chosen && chosen.under === selectedStepId && sound.includes(chosen.stepId)
      ? chosen.stepId
      : fallback;
  const [values, setValues] = useState<Record<string, VariableValue>>({});
  const [identityVerified, setIdentityVerified] = useState(false);
  const [facts, setFacts] = useState<FactKey[]>([]);
  const [said, setSaid] = useState('');
  const [personaChoice, setPersonaChoice] = useState('');
  const personaId = personas.some((p) => p.id === personaChoice) ? personaChoice : personas[0]?.id;
  const [seed, setSeed] = useState(1);
  const [mode, setMode] = useState<RehearsalMode>(TYPED_MODE);
  const titles = new Map(script.steps.map((step) => [step.id, step.title]));
  const ready = stepId !== undefined && personaId !== undefined;
  return (
    <form
      className="bench-setup"
      aria-labelledby="bench-setup-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!stepId || !personaId) return;
        const lines = said
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        const known = new Set(script.variables.map((v) => v.id));
        onStart({
          preset: {
            stepId,
            values: Object.fromEntries(Object.entries(values).filter(([id]) => known.has(id))),
            identityVerified,
            factsGiven: facts,
            customerSaid: lines,
          },
          personaId,
          seed,
          mode,
        });
      }}
    >
      <h3 id="bench-setup-title">{t('testBench.setup')}</h3>
      {playable.length === 0 && <p>{t('testBench.noStep')}</p>}
      <div className="field">
        <label htmlFor="bench-step">{t('testBench.step')}</label>
        <select
          id="bench-step"
          value={stepId ?? ''}
          onChange={(e) => setChosen({ stepId: e.target.value, under: selectedStepId })}
        >
          {playable.map((id) => (
            <option key={id} value={id} disabled={brokenSteps.has(id)}>
              {brokenSteps.has(id)
                ? t('testBench.stepWithProblem', { title: titles.get(id) ?? id })
                : (titles.get(id) ?? id)}
            </option>
          ))}
        </select>
      </div>
      {script.variables.length > 0 && (
        <fieldset>
          <legend>{t('testBench.variables')}</legend>
          {script.variables.map((variable) => {
            const id = `bench-var-${variable.id}`;
            const value = values[variable.id] ?? variable.default;
            const set = (next: VariableValue) => setValues({ ...values, [variable.id]: next });
            if (variable.type === 'boolean')
              return (
                <label key={variable.id} className="field field--check">
                  <input
                    type="checkbox"
                    checked={value === true}
                    onChange={(e) => set(e.target.checked)}
                  />{' '}
                  {variable.id}
                </label>
              );
            return (
              <div className="field" key={variable.id}>
                <label htmlFor={id}>{variable.id}</label>
                {variable.type === 'number' ? (
                  <input
                    id={id}
                    type="number"
                    min={variable.min}
                    max={variable.max}
                    value={Number(value)}
                    onChange={(e) =>
                      set(
                        Math.min(variable.max, Math.max(variable.min, e.target.valueAsNumber || 0)),
                      )
                    }
                  />
                ) : (
                  <select id={id} value={String(value)} onChange={(e) => set(e.target.value)}>
                    {variable.values.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <label className="field field--check">
        <input
          type="checkbox"
          checked={identityVerified}
          onChange={(e) => setIdentityVerified(e.target.checked)}
        />{' '}
        {t('testBench.identityVerified')}
      </label>
      <fieldset>
        <legend>{t('testBench.factsGiven')}</legend>
        {FACTS.map((fact) => (
          <label key={fact} className="field field--check">
            <input
              type="checkbox"
              checked={facts.includes(fact)}
              onChange={(e) =>
                setFacts(e.target.checked ? [...facts, fact] : facts.filter((f) => f !== fact))
              }
            />{' '}
            {t(`testBench.facts.${fact}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="bench-said">{t('testBench.customerSaid')}</label>
        <textarea id="bench-said" rows={2} value={said} onChange={(e) => setSaid(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="bench-persona">{t('testBench.persona')}</label>
        <select
          id="bench-persona"
          value={personaId ?? ''}
          onChange={(e) => setPersonaChoice(e.target.value)}
        >
          {personas.map((persona) => (
            <option key={persona.id} value={persona.id}>
              {persona.name}
            </option>
          ))}
        </select>
        {personas.length === 0 && <p>{t('testBench.noPersona')}</p>}
      </div>
      <div className="field">
        <label htmlFor="bench-seed">{t('testBench.seed')}</label>
        <input
          id="bench-seed"
          type="number"
          min={0}
          step={1}
          value={seed}
          onChange={(e) => setSeed(Math.max(0, Math.trunc(e.target.valueAsNumber || 0)))}
        />
      </div>
      <fieldset>
        <legend>{t('testBench.mode')}</legend>
        {MODES.map(({ value, key }) => (
          <label key={key}>
            <input
              type="radio"
              name="bench-mode"
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{' '}
            {t(`testBench.modes.${key}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={!ready}>
        {t('testBench.start')}
      </button>
    </form>
  );
}
