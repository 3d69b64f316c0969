import { setMeta, type MetaFields as Fields } from '@/domain/script/edit/meta-edits';
import type { Script } from '@/domain/script/script-schema';
import { useEditorStore } from '../editor/editor-store';
import type { StudioLibrary } from '../library/library-documents';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { CheckField, ChoiceField, ListField, TextField, optionalText } from './fields';
import { VariableFields } from './variable-fields';

/** The script's own fields: what the catalogue shows, brand, personas, compliance it must prove. */
export function MetaFields({ script, library }: { script: Script; library: StudioLibrary | null }) {
  const { t } = useAuthoringTranslation();
  const edit = useEditorStore((state) => state.edit);
  const change = (fields: Fields, group: string) =>
    edit((s) => setMeta(s, fields), `meta.${group}`);
  const personas = [...(library?.personas.values() ?? [])].filter(
    (p) => p.language === script.language,
  );
  return (
    <>
      <TextField
        field="title"
        label={t('meta.title')}
        value={script.title}
        onChange={(title) => change({ title }, 'title')}
      />
      <TextField
        field="id"
        label={t('meta.id')}
        hint={t('inspector.idHint')}
        value={script.id}
        onChange={(id) => change({ id }, 'id')}
      />
      <TextField
        field="summary"
        label={t('meta.summary')}
        value={script.summary}
        multiline
        onChange={(summary) => change({ summary }, 'summary')}
      />
      <TextField
        field="briefing"
        label={t('meta.briefing')}
        value={script.briefing ?? ''}
        multiline
        onChange={(v) => change({ briefing: optionalText(v) }, 'briefing')}
      />
      <ListField
        field="learningObjectives"
        label={t('meta.objectives')}
        hint={t('inspector.onePerLine')}
        values={script.learningObjectives}
        onChange={(learningObjectives) => change({ learningObjectives }, 'objectives')}
      />
      <TextField
        field="author"
        label={t('meta.author')}
        value={script.author}
        onChange={(author) => change({ author }, 'author')}
      />
      <ChoiceField
        field="brand"
        label={t('meta.brand')}
        value={script.brand}
        options={[
          ...(library?.brands.has(script.brand)
            ? []
            : [{ value: script.brand, label: script.brand }]),
          ...[...(library?.brands.values() ?? [])].map((b) => ({ value: b.id, label: b.name })),
        ]}
        onChange={(brand) => change({ brand }, 'brand')}
      />
      <ChoiceField
        field="language"
        label={t('meta.language')}
        value={script.language}
        options={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(v) => change({ language: v as Script['language'] }, 'language')}
      />
      <ChoiceField
        field="difficulty"
        label={t('meta.difficulty')}
        value={script.difficulty}
        options={(['beginner', 'intermediate', 'advanced'] as const).map((d) => ({
          value: d,
          label: t(`meta.difficulties.${d}`),
        }))}
        onChange={(v) => change({ difficulty: v as Script['difficulty'] }, 'difficulty')}
      />
      <ChoiceField
        field="direction"
        label={t('meta.direction')}
        value={script.direction}
        options={(['inbound', 'outbound'] as const).map((d) => ({
          value: d,
          label: t(`meta.directions.${d}`),
        }))}
        onChange={(v) => change({ direction: v as Script['direction'] }, 'direction')}
      />
      <TextField
        field="estimatedMinutes"
        type="number"
        label={t('meta.minutes')}
        value={String(script.estimatedMinutes)}
        onChange={(v) => change({ estimatedMinutes: Number(v) }, 'minutes')}
      />
      <TextField
        field="version"
        label={t('meta.version')}
        value={script.version}
        onChange={(version) => change({ version }, 'version')}
      />
      <ListField
        field="tags"
        label={t('meta.tags')}
        hint={t('inspector.onePerLine')}
        values={script.tags ?? []}
        onChange={(tags) => change({ tags: tags.length > 0 ? tags : undefined }, 'tags')}
      />
      <fieldset data-field="suggestedPersonas">
        <legend>{t('meta.personas')}</legend>
        {personas.map((persona) => (
          <CheckField
            key={persona.id}
            field={`persona-${persona.id}`}
            label={persona.name}
            checked={script.suggestedPersonas.includes(persona.id)}
            onChange={(on) =>
              change(
                {
                  suggestedPersonas: on
                    ? [...script.suggestedPersonas, persona.id]
                    : script.suggestedPersonas.filter((p) => p !== persona.id),
                },
                'personas',
              )
            }
          />
        ))}
      </fieldset>
      <fieldset data-field="requires">
        <legend>{t('meta.requires')}</legend>
        {(['identityVerification', 'recordingNotice', 'outboundLegalMentions'] as const).map(
          (key) => (
            <CheckField
              key={key}
              field={`requires-${key}`}
              label={t(`meta.require.${key}`)}
              checked={script.requires[key]}
              onChange={(on) =>
                change({ requires: { ...script.requires, [key]: on } }, `requires.${key}`)
              }
            />
          ),
        )}
      </fieldset>
      <TextField
        field="maxPathLength"
        type="number"
        label={t('meta.maxPathLength')}
        hint={t('meta.maxPathLengthHint')}
        value={script.maxPathLength === undefined ? '' : String(script.maxPathLength)}
        onChange={(v) =>
          change({ maxPathLength: v === '' ? undefined : Number.parseInt(v, 10) || 1 }, 'maxPath')
        }
      />
      <VariableFields script={script} />
    </>
  );
}
