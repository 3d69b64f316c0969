import { useEffect, useRef } from 'react';
import { compareScripts, type StepChange } from '@/domain/script/edit/compare-scripts';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import type { ScriptVersionRecord } from '@/storage/script-version-repository';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useStepFieldText } from './step-field-text';

/** Either the draft being edited or a published version, by number. */
export type Side = 'draft' | number;

function Values({ items }: { items: string[] }) {
  if (items.length === 0) return <>—</>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

function StepList({ steps, label }: { steps: ScriptStep[]; label: string }) {
  if (steps.length === 0) return null;
  return (
    <ul aria-label={label}>
      {steps.map((step) => (
        <li key={step.id}>
          {step.title} ({step.id})
        </li>
      ))}
    </ul>
  );
}

/** One changed step: each part that differs, before and after, in a table with headers. */
function ChangedStep(props: {
  change: StepChange;
  before: { script: Script; name: string };
  after: { script: Script; name: string };
}) {
  const { change, before, after } = props;
  const { t } = useAuthoringTranslation();
  const text = useStepFieldText();
  return (
    <table className="version-side">
      <caption>
        {t('versionsWalk.stepCaption', { title: change.after.title, id: change.id })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('versionsWalk.field')}</th>
          <th scope="col">{t('versionsWalk.beforeColumn', { name: before.name })}</th>
          <th scope="col">{t('versionsWalk.afterColumn', { name: after.name })}</th>
        </tr>
      </thead>
      <tbody>
        {change.fields.map((field) => (
          <tr key={field}>
            <th scope="row">{t(`versionsWalk.fields.${field}`)}</th>
            <td>
              <Values items={text(change.before, field, before.script)} />
            </td>
            <td>
              <Values items={text(change.after, field, after.script)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Compares two of the script's versions (or one with the draft): the steps added, removed and
 * changed, and for each changed step its differing parts side by side. The state lives in the
 * version list, whose « compare with the draft » buttons set it too.
 */
export function VersionCompare({
  versions,
  draft,
  picked: pickedChoice,
  onPick,
  pair,
  onPair,
}: {
  versions: ScriptVersionRecord[];
  draft: Script;
  /** What the pickers show; null until the trainer picks: the newest version and the draft. */
  picked: [Side, Side] | null;
  onPick: (picked: [Side, Side]) => void;
  /** What is compared; null until the trainer asks. */
  pair: [Side, Side] | null;
  onPair: (pair: [Side, Side]) => void;
}) {
  const { t } = useAuthoringTranslation();
  const picked = pickedChoice ?? [versions.at(-1)?.number ?? 'draft', 'draft'];
  const heading = useRef<HTMLHeadingElement>(null);
  // Asking for a comparison moves focus to its heading, so keyboard and screen-reader users land
  // on the result rather than staying on the button above it.
  useEffect(() => {
    if (pair) heading.current?.focus();
  }, [pair]);

  const side = (which: Side) => {
    const version = versions.find((v) => v.number === which);
    return version
      ? { script: version.script, name: t('versionsWalk.version', { number: version.number }) }
      : { script: draft, name: t('versionsWalk.draft') };
  };
  const options = [
    ...versions.map((v) => ({
      value: String(v.number),
      label: t('versionsWalk.version', { number: v.number }),
    })),
    { value: 'draft', label: t('versionsWalk.draft') },
  ];
  const parse = (value: string): Side => (value === 'draft' ? 'draft' : Number(value));
  const picker = (index: 0 | 1, label: string) => (
    <label className="field">
      <span>{label}</span>
      <select
        value={String(picked[index])}
        onChange={(event) => {
          const next: [Side, Side] = [...picked];
          next[index] = parse(event.target.value);
          onPick(next);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  const before = pair && side(pair[0]);
  const after = pair && side(pair[1]);
  const diff = before && after && compareScripts(before.script, after.script);
  return (
    <div className="version-compare">
      <form
        className="button-row"
        aria-label={t('versionsWalk.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          onPair(picked);
        }}
      >
        {picker(0, t('versionsWalk.before'))}
        {picker(1, t('versionsWalk.after'))}
        <button type="submit" className="button" disabled={picked[0] === picked[1]}>
          {t('versionsWalk.show')}
        </button>
      </form>
      {diff && before && after && (
        <section className="version-diff" aria-labelledby="version-diff-title">
          <h3 id="version-diff-title" ref={heading} tabIndex={-1}>
            {t('versionsWalk.result', { before: before.name, after: after.name })}
          </h3>
          <ul>
            <li>{t('versionsWalk.added', { count: diff.added.length })}</li>
            <li>{t('versionsWalk.removed', { count: diff.removed.length })}</li>
            <li>{t('versionsWalk.changed', { count: diff.changed.length })}</li>
            {diff.metaChanged && <li>{t('versionsWalk.metaChanged')}</li>}
          </ul>
          <StepList steps={diff.added} label={t('versionsWalk.addedList')} />
          <StepList steps={diff.removed} label={t('versionsWalk.removedList')} />
          {diff.changed.map((change) => (
            <ChangedStep key={change.id} change={change} before={before} after={after} />
          ))}
        </section>
      )}
    </div>
  );
}
