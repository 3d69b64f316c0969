import type { AgentStep } from '@/domain/script/script-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ListField, TextField } from './fields';
import { nextNumberedId } from './numbered-id';

type Content = NonNullable<AgentStep['requiredContent']>[number];

/**
 * What the agent must say at this step (e.g. « le préavis de 10 jours »), each with the keywords
 * any of which counts. Written as plain fields; the analyser checks them during the call.
 */
export function RequiredContentFields({
  step,
  onChange,
}: {
  step: AgentStep;
  onChange: (contents: Content[] | undefined) => void;
}) {
  const { t } = useAuthoringTranslation();
  const contents = step.requiredContent ?? [];
  const replace = (index: number, next: Content) =>
    onChange(contents.map((c, i) => (i === index ? next : c)));
  return (
    <fieldset data-field="requiredContent">
      <legend>{t('required.title')}</legend>
      <ol className="branch-list">
        {contents.map((content, index) => (
          <li key={index}>
            <TextField
              field={`requiredContent-${index}-id`}
              label={t('required.id')}
              value={content.id}
              onChange={(id) => replace(index, { ...content, id })}
            />
            <TextField
              field={`requiredContent-${index}-description`}
              label={t('required.description')}
              value={content.description}
              onChange={(description) => replace(index, { ...content, description })}
            />
            <ListField
              field={`requiredContent-${index}-keywords`}
              label={t('required.keywords')}
              hint={t('inspector.onePerLine')}
              values={content.keywords}
              onChange={(keywords) => replace(index, { ...content, keywords })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                const rest = contents.filter((_c, i) => i !== index);
                onChange(rest.length > 0 ? rest : undefined);
              }}
            >
              {t('required.remove', { id: content.id })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          onChange([
            ...contents,
            { id: nextNumberedId('contenu', contents), description: '', keywords: [] },
          ])
        }
      >
        {t('required.add')}
      </button>
    </fieldset>
  );
}
