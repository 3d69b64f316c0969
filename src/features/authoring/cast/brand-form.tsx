import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { ChoiceField, ListField, TextField, optionalText } from '../inspector/fields';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { PairListField } from './pair-list-field';
import { withOptional } from './with-optional';

const REGISTERS = ['vouvoiement', 'tutoiement', 'formal', 'informal'] as const;

/**
 * Every field of a brand guide: who the brand is, its register, formulas, words to avoid, and the
 * prefix its customer numbers start with.
 */
export function BrandForm({
  brand,
  onChange,
}: {
  brand: BrandGuide;
  onChange: (brand: BrandGuide) => void;
}) {
  const { t } = useAuthoringTranslation();
  const set = <K extends keyof BrandGuide>(key: K, value: BrandGuide[K]) =>
    onChange({ ...brand, [key]: value });
  return (
    <>
      <TextField
        field="name"
        label={t('forms.brand.name')}
        value={brand.name}
        onChange={(v) => set('name', v)}
      />
      <TextField
        field="id"
        label={t('forms.id')}
        hint={t('forms.idHint')}
        value={brand.id}
        onChange={(v) => set('id', v)}
      />
      <ChoiceField
        field="language"
        label={t('forms.language')}
        value={brand.language}
        options={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(v) => set('language', v as BrandGuide['language'])}
      />
      <TextField
        field="description"
        label={t('forms.brand.description')}
        value={brand.description ?? ''}
        multiline
        onChange={(v) => onChange(withOptional(brand, 'description', optionalText(v)))}
      />
      <ChoiceField
        field="register"
        label={t('forms.brand.register')}
        value={brand.register}
        options={REGISTERS.map((r) => ({ value: r, label: t(`forms.brand.registers.${r}`) }))}
        onChange={(v) => set('register', v as BrandGuide['register'])}
      />
      <ListField
        field="greetingFormulas"
        label={t('forms.brand.greetings')}
        hint={t('inspector.onePerLine')}
        values={brand.greetingFormulas}
        onChange={(v) => set('greetingFormulas', v)}
      />
      <ListField
        field="closingFormulas"
        label={t('forms.brand.closings')}
        hint={t('inspector.onePerLine')}
        values={brand.closingFormulas}
        onChange={(v) => set('closingFormulas', v)}
      />
      <ListField
        field="values"
        label={t('forms.brand.values')}
        hint={t('inspector.onePerLine')}
        values={brand.values}
        onChange={(v) => set('values', v)}
      />
      <PairListField
        field="bannedPhrases"
        legend={t('forms.brand.banned')}
        keys={['phrase', 'alternative']}
        labels={[t('forms.brand.bannedPhrase'), t('forms.brand.alternative')]}
        items={brand.bannedPhrases}
        onChange={(v) => set('bannedPhrases', v)}
        addLabel={t('forms.brand.addBanned')}
      />
      <PairListField
        field="jargon"
        legend={t('forms.brand.jargon')}
        keys={['term', 'plain']}
        labels={[t('forms.brand.term'), t('forms.brand.plain')]}
        items={brand.jargon}
        onChange={(v) => set('jargon', v)}
        addLabel={t('forms.brand.addJargon')}
      />
      <TextField
        field="customerNumberPrefix"
        label={t('wordsWalk.brand.prefix')}
        hint={t('wordsWalk.brand.prefixHint')}
        value={brand.customerNumberPrefix ?? ''}
        onChange={(v) =>
          onChange(withOptional(brand, 'customerNumberPrefix', optionalText(v.toUpperCase())))
        }
      />
      <ListField
        field="signaturePhrases"
        label={t('forms.brand.signature')}
        hint={t('inspector.onePerLine')}
        values={brand.signaturePhrases}
        onChange={(v) => set('signaturePhrases', v)}
      />
    </>
  );
}
