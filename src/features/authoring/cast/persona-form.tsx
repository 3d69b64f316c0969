import { PERSONA_TYPES, type Persona } from '@/domain/script/persona-schema';
import { CheckField, ChoiceField, ListField, TextField } from '../inspector/fields';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { withOptional } from './with-optional';
import { DialField } from './dial-field';
import { PersonaFileFields } from './persona-file-fields';
import { TriggerFields } from './persona-trigger-fields';

const DIALS = [
  'patience',
  'irritability',
  'trust',
  'talkativeness',
  'interruptionRate',
  'improvisation',
] as const;

type Intent = NonNullable<Persona['hiddenIntent']>;

/** Every field of a persona: who they are, temperament, triggers, speech, hidden intent, file. */
export function PersonaForm({
  persona,
  onChange,
}: {
  persona: Persona;
  onChange: (persona: Persona) => void;
}) {
  const { t } = useAuthoringTranslation();
  const set = <K extends keyof Persona>(key: K, value: Persona[K] | undefined) =>
    onChange(withOptional(persona, key, value));
  const speech = persona.speechStyle;
  const setSpeech = (fields: Partial<Persona['speechStyle']>) =>
    set('speechStyle', { ...speech, ...fields });
  const intent = persona.hiddenIntent;
  const setIntent = (fields: Partial<Intent>) =>
    intent && set('hiddenIntent', { ...intent, ...fields });
  const secondary = persona.secondaryTypes ?? [];
  return (
    <>
      <TextField
        field="name"
        label={t('forms.persona.name')}
        value={persona.name}
        onChange={(v) => set('name', v)}
      />
      <TextField
        field="id"
        label={t('forms.id')}
        hint={t('forms.idHint')}
        value={persona.id}
        onChange={(v) => set('id', v)}
      />
      <ChoiceField
        field="language"
        label={t('forms.language')}
        value={persona.language}
        options={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(v) => set('language', v as Persona['language'])}
      />
      <ChoiceField
        field="type"
        label={t('forms.persona.type')}
        value={persona.type}
        options={PERSONA_TYPES.map((type) => ({
          value: type,
          label: t(`forms.persona.types.${type}`),
        }))}
        onChange={(v) => set('type', v as Persona['type'])}
      />
      <fieldset data-field="secondaryTypes">
        <legend>{t('forms.persona.secondaryTypes')}</legend>
        <div className="check-grid">
          {PERSONA_TYPES.filter((type) => type !== persona.type).map((type) => (
            <CheckField
              key={type}
              field={`secondaryTypes-${type}`}
              label={t(`forms.persona.types.${type}`)}
              checked={secondary.includes(type)}
              onChange={(on) => {
                const next = on ? [...secondary, type] : secondary.filter((s) => s !== type);
                set('secondaryTypes', next.length > 0 ? next : undefined);
              }}
            />
          ))}
        </div>
      </fieldset>
      {(['summary', 'situation', 'goal'] as const).map((key) => (
        <TextField
          key={key}
          field={key}
          label={t(`forms.persona.${key}`)}
          value={persona[key]}
          multiline
          onChange={(v) => set(key, v)}
        />
      ))}
      <fieldset data-field="temperament">
        <legend>{t('forms.persona.temperament')}</legend>
        {DIALS.map((dial) => (
          <DialField
            key={dial}
            field={`temperament-${dial}`}
            label={t(`forms.persona.dials.${dial}`)}
            hint={t(`forms.persona.dialHints.${dial}`)}
            value={persona.temperament[dial]}
            onChange={(value) => set('temperament', { ...persona.temperament, [dial]: value })}
          />
        ))}
        <DialField
          field="initialMood"
          label={t('forms.persona.initialMood')}
          hint={t('forms.persona.initialMoodHint')}
          min={-1}
          value={persona.initialMood ?? 0}
          onChange={(value) => set('initialMood', value)}
        />
      </fieldset>
      <TriggerFields
        side="calming"
        triggers={persona.triggers.calming}
        onChange={(calming) => set('triggers', { ...persona.triggers, calming })}
      />
      <TriggerFields
        side="inflaming"
        triggers={persona.triggers.inflaming}
        onChange={(inflaming) => set('triggers', { ...persona.triggers, inflaming })}
      />
      <fieldset data-field="speechStyle">
        <legend>{t('forms.persona.speech')}</legend>
        {(
          [
            ['register', ['soutenu', 'courant', 'familier']],
            ['pace', ['slow', 'normal', 'fast']],
            ['sentenceLength', ['short', 'medium', 'long']],
          ] as const
        ).map(([key, options]) => (
          <ChoiceField
            key={key}
            field={`speechStyle-${key}`}
            label={t(`forms.persona.speechFields.${key}`)}
            value={speech[key]}
            options={options.map((o) => ({
              value: o,
              label: t(`forms.persona.speechValues.${o}`),
            }))}
            onChange={(v) => setSpeech({ [key]: v })}
          />
        ))}
        <ListField
          field="speechStyle-tics"
          label={t('forms.persona.tics')}
          hint={t('inspector.onePerLine')}
          values={speech.tics}
          onChange={(tics) => setSpeech({ tics })}
        />
        <ListField
          field="speechStyle-sampleLines"
          label={t('forms.persona.sampleLines')}
          hint={t('forms.persona.sampleLinesHint')}
          values={speech.sampleLines}
          onChange={(sampleLines) => setSpeech({ sampleLines })}
        />
      </fieldset>
      <CheckField
        field="hiddenIntent"
        label={t('forms.persona.hasIntent')}
        checked={intent !== undefined}
        onChange={(on) =>
          set(
            'hiddenIntent',
            on ? { goal: '', tactics: [], knows: [], doesNotKnow: [] } : undefined,
          )
        }
      />
      {intent && (
        <fieldset>
          <legend>{t('forms.persona.intent')}</legend>
          <TextField
            field="hiddenIntent-goal"
            label={t('forms.persona.intentGoal')}
            value={intent.goal}
            multiline
            onChange={(goal) => setIntent({ goal })}
          />
          {(['tactics', 'knows', 'doesNotKnow'] as const).map((key) => (
            <ListField
              key={key}
              field={`hiddenIntent-${key}`}
              label={t(`forms.persona.intentFields.${key}`)}
              hint={t('inspector.onePerLine')}
              values={intent[key]}
              onChange={(values) => setIntent({ [key]: values })}
            />
          ))}
        </fieldset>
      )}
      <PersonaFileFields
        file={persona.factSheet}
        language={persona.language}
        onChange={(file) => set('factSheet', file)}
      />
    </>
  );
}
