import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REHEARSAL_MODES, type RehearsalMode } from '@/domain/customer/customer.types';
import type { PathStep } from '@/domain/review/training-path';
import { CRITERIA, type Criterion } from '@/domain/scoring/criteria';
import { parseOn20 } from '@/ui/score-scale';
import { SelectField } from '@/ui/select-field';

/**
 * Builds one step: a script, a mode and the minimum score per criterion (empty: not required),
 * typed out of 20 and stored 0–100 like the scores it is compared with.
 */
export function StepBuilder({
  scripts,
  onAdd,
}: {
  scripts: { id: string; title: string }[];
  onAdd: (step: PathStep) => void;
}) {
  const { t } = useTranslation('review');
  const [scriptId, setScriptId] = useState(scripts[0]?.id ?? '');
  const [mode, setMode] = useState<RehearsalMode>('repetition');
  const [thresholds, setThresholds] = useState<Record<Criterion, string>>({
    compliance: '',
    brandTone: '',
    recovery: '',
    adherence: '',
  });
  const [error, setError] = useState('');
  const add = () => {
    const script = scripts.find((s) => s.id === (scriptId || scripts[0]?.id));
    if (!script) return;
    const chosen: PathStep['thresholds'] = {};
    for (const criterion of CRITERIA) {
      const text = thresholds[criterion].trim();
      if (text === '') continue;
      const value = parseOn20(text);
      // Said, not dropped: a threshold silently left out would make the step easier than meant.
      if (value === null) {
        setError(t('paths.badThreshold', { criterion: t(`columns.${criterion}`) }));
        return;
      }
      chosen[criterion] = value;
    }
    setError('');
    onAdd({ scriptId: script.id, scriptTitle: script.title, mode, thresholds: chosen });
  };
  return (
    <fieldset className="review-filters">
      <legend>{t('paths.stepsTitle')}</legend>
      <SelectField
        id="path-script"
        label={t('paths.stepScript')}
        value={scriptId}
        onChange={setScriptId}
      >
        {scripts.map((script) => (
          <option key={script.id} value={script.id}>
            {script.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="path-mode"
        label={t('paths.stepMode')}
        value={mode}
        onChange={(value) => setMode(value as RehearsalMode)}
      >
        {REHEARSAL_MODES.map((value) => (
          <option key={value} value={value}>
            {t(`modes.${value}`)}
          </option>
        ))}
      </SelectField>
      {CRITERIA.map((criterion) => (
        <div key={criterion} className="field">
          <label htmlFor={`path-threshold-${criterion}`}>
            {t('paths.threshold', { criterion: t(`columns.${criterion}`) })}
          </label>
          {/* Text, not number: a number input refuses the French decimal comma in some browsers. */}
          <input
            id={`path-threshold-${criterion}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            aria-describedby="path-threshold-hint"
            value={thresholds[criterion]}
            onChange={(e) => setThresholds({ ...thresholds, [criterion]: e.target.value })}
          />
        </div>
      ))}
      <p id="path-threshold-hint" className="field__hint">
        {t('paths.thresholdHint')}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="button" className="button button--quiet" onClick={add}>
        {t('paths.addStep')}
      </button>
    </fieldset>
  );
}
