import { useTranslation } from 'react-i18next';
import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import type { Persona } from '@/domain/script/persona-schema';
import { ChoiceField, ListField, TextField, optionalText } from '../inspector/fields';
import { nextNumberedId } from '../inspector/numbered-id';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { withOptional } from './with-optional';
import { DialField } from './dial-field';

type Trigger = Persona['triggers']['calming'][number];
type Side = keyof Persona['triggers'];

/** What calms or inflames the persona: a move the agent makes, or words it uses, and how much. */
export function TriggerFields({
  side,
  triggers,
  onChange,
}: {
  side: Side;
  triggers: readonly Trigger[];
  onChange: (triggers: Trigger[]) => void;
}) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const replace = (index: number, next: Trigger) =>
    onChange(triggers.map((tr, i) => (i === index ? next : tr)));
  const name = (index: number) => t(`forms.persona.trigger.${side}`, { index: index + 1 });
  return (
    <fieldset data-field={`triggers-${side}`}>
      <legend>{t(`forms.persona.${side}`)}</legend>
      <ol className="branch-list">
        {triggers.map((trigger, index) => (
          <li key={index}>
            <TextField
              field={`triggers-${side}-${index}-description`}
              label={t('forms.persona.trigger.description', { name: name(index) })}
              value={trigger.description}
              onChange={(description) => replace(index, { ...trigger, description })}
            />
            <TextField
              field={`triggers-${side}-${index}-id`}
              label={t('forms.persona.trigger.id', { name: name(index) })}
              value={trigger.id}
              onChange={(id) => replace(index, { ...trigger, id })}
            />
            <ChoiceField
              field={`triggers-${side}-${index}-move`}
              label={t('forms.persona.trigger.move', { name: name(index) })}
              value={trigger.move ?? ''}
              options={[
                { value: '', label: t('forms.persona.trigger.noMove') },
                ...MOVE_IDS.map((m) => ({ value: m, label: tApp(`rehearsal.moves.${m}`) })),
              ]}
              onChange={(move) => replace(index, withOptional(trigger, 'move', optionalText(move)))}
            />
            <ListField
              field={`triggers-${side}-${index}-phrases`}
              label={t('forms.persona.trigger.phrases', { name: name(index) })}
              hint={t('inspector.onePerLine')}
              values={trigger.phrases ?? []}
              onChange={(phrases) =>
                replace(
                  index,
                  withOptional(trigger, 'phrases', phrases.length > 0 ? phrases : undefined),
                )
              }
            />
            <DialField
              field={`triggers-${side}-${index}-strength`}
              label={t('forms.persona.trigger.strength', { name: name(index) })}
              hint={t('forms.persona.trigger.strengthHint')}
              value={trigger.strength ?? 0.5}
              onChange={(strength) => replace(index, { ...trigger, strength })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(triggers.filter((_tr, i) => i !== index))}
            >
              {t('forms.persona.trigger.remove', { name: name(index) })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          onChange([...triggers, { id: nextNumberedId(side, triggers), description: '' }])
        }
      >
        {t(`forms.persona.trigger.add.${side}`)}
      </button>
    </fieldset>
  );
}
