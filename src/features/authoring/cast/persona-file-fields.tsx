import type { Persona } from '@/domain/script/persona-schema';
import { CheckField, ChoiceField, ListField, TextField, optionalText } from '../inspector/fields';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { withOptional } from './with-optional';
import { PairListField } from './pair-list-field';

type FactSheet = Persona['factSheet'];
type Address = FactSheet['address'];
type Holder = NonNullable<FactSheet['accountHolder']>;
type Invoice = NonNullable<FactSheet['invoices']>[number];

type Civility = FactSheet['civility'];
const CIVILITIES: Record<Persona['language'], readonly Civility[]> = {
  fr: ['Madame', 'Monsieur'],
  en: ['Mrs', 'Mr', 'Ms'],
};
/**
 * The civilities of the persona's language (a French customer is not « Mrs »), and the current
 * one if it is of the other language, so a file imported that way still shows what it holds.
 */
const civilityOptions = (language: Persona['language'], current: Civility) =>
  [...new Set([...CIVILITIES[language], current])].map((c) => ({ value: c, label: c }));

/** A number typed in a field, or undefined when the field is emptied. */
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));
const shown = (value: number | undefined) => (value === undefined ? '' : String(value));
/** A list that is absent rather than empty, for the file's optional lists. */
const orNone = <T,>(items: T[]) => (items.length > 0 ? items : undefined);

function AddressFields({
  prefix,
  address,
  onChange,
}: {
  prefix: string;
  address: Address;
  onChange: (address: Address) => void;
}) {
  const { t } = useAuthoringTranslation();
  return (
    <fieldset data-field={prefix}>
      <legend>{t('forms.file.address')}</legend>
      {(['street', 'postalCode', 'city'] as const).map((key) => (
        <TextField
          key={key}
          field={`${prefix}-${key}`}
          label={t(`forms.file.${key}`)}
          value={address[key]}
          onChange={(v) => onChange({ ...address, [key]: v })}
        />
      ))}
    </fieldset>
  );
}

/** Who the account belongs to when the caller is someone else (a relative, a fraudster). */
function HolderFields({
  holder,
  language,
  onChange,
}: {
  holder: Holder;
  language: Persona['language'];
  onChange: (h: Holder) => void;
}) {
  const { t } = useAuthoringTranslation();
  return (
    <fieldset>
      <legend>{t('forms.file.holder')}</legend>
      <ChoiceField
        field="factSheet-accountHolder-civility"
        label={t('forms.file.civility')}
        value={holder.civility}
        options={civilityOptions(language, holder.civility)}
        onChange={(v) => onChange({ ...holder, civility: v as Civility })}
      />
      {(['firstName', 'lastName', 'customerNumber'] as const).map((key) => (
        <TextField
          key={key}
          field={`factSheet-accountHolder-${key}`}
          label={t(`forms.file.${key}`)}
          value={holder[key]}
          onChange={(v) => onChange({ ...holder, [key]: v })}
        />
      ))}
      {(['phone', 'email'] as const).map((key) => (
        <TextField
          key={key}
          field={`factSheet-accountHolder-${key}`}
          label={t(`forms.file.${key}`)}
          value={holder[key] ?? ''}
          onChange={(v) => onChange(withOptional(holder, key, optionalText(v)))}
        />
      ))}
      <CheckField
        field="factSheet-accountHolder-address"
        label={t('forms.file.holderAddress')}
        checked={holder.address !== undefined}
        onChange={(on) =>
          onChange(
            withOptional(
              holder,
              'address',
              on ? { street: '', postalCode: '', city: '' } : undefined,
            ),
          )
        }
      />
      {holder.address && (
        <AddressFields
          prefix="factSheet-accountHolder-address"
          address={holder.address}
          onChange={(address) => onChange({ ...holder, address })}
        />
      )}
      <PairListField
        field="factSheet-accountHolder-securityDetails"
        legend={t('forms.file.holderSecurity')}
        keys={['label', 'value']}
        labels={[t('forms.file.factLabel'), t('forms.file.factValue')]}
        items={holder.securityDetails ?? []}
        onChange={(v) => onChange(withOptional(holder, 'securityDetails', orNone(v)))}
        addLabel={t('forms.file.addSecurity')}
      />
    </fieldset>
  );
}

function InvoiceList({
  invoices,
  onChange,
}: {
  invoices: readonly Invoice[];
  onChange: (invoices: Invoice[]) => void;
}) {
  const { t } = useAuthoringTranslation();
  const replace = (index: number, next: Invoice) =>
    onChange(invoices.map((inv, i) => (i === index ? next : inv)));
  return (
    <fieldset data-field="factSheet-invoices">
      <legend>{t('forms.file.invoices')}</legend>
      <ol className="branch-list">
        {invoices.map((invoice, index) => (
          <li key={index}>
            <TextField
              field={`factSheet-invoices-${index}-date`}
              label={t('forms.file.invoiceDate', { index: index + 1 })}
              hint={t('forms.file.isoDate')}
              value={invoice.date}
              onChange={(date) => replace(index, { ...invoice, date })}
            />
            <TextField
              field={`factSheet-invoices-${index}-amount`}
              type="number"
              label={t('forms.file.invoiceAmount', { index: index + 1 })}
              value={String(invoice.amount)}
              onChange={(v) => replace(index, { ...invoice, amount: Number(v) || 0 })}
            />
            <TextField
              field={`factSheet-invoices-${index}-label`}
              label={t('forms.file.invoiceLabel', { index: index + 1 })}
              value={invoice.label ?? ''}
              onChange={(v) => replace(index, withOptional(invoice, 'label', optionalText(v)))}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(invoices.filter((_inv, i) => i !== index))}
            >
              {t('forms.file.removeInvoice', { index: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange([...invoices, { date: '', amount: 0 }])}
      >
        {t('forms.file.addInvoice')}
      </button>
    </fieldset>
  );
}

/**
 * The customer file the persona answers from and the agent reads (masked until identity is
 * verified): identity, address, contract, history, security details, invoices, account holder.
 */
export function PersonaFileFields({
  file,
  language,
  onChange,
}: {
  file: FactSheet;
  language: Persona['language'];
  onChange: (file: FactSheet) => void;
}) {
  const { t } = useAuthoringTranslation();
  const set = <K extends keyof FactSheet>(key: K, value: FactSheet[K] | undefined) =>
    onChange(withOptional(file, key, value));
  const contract = file.contract;
  const setContract = <K extends keyof FactSheet['contract']>(
    key: K,
    value: FactSheet['contract'][K] | undefined,
  ) => set('contract', withOptional(contract, key, value));
  return (
    <fieldset data-field="factSheet">
      <legend>{t('forms.file.title')}</legend>
      <ChoiceField
        field="factSheet-civility"
        label={t('forms.file.civility')}
        value={file.civility}
        options={civilityOptions(language, file.civility)}
        onChange={(v) => set('civility', v as Civility)}
      />
      {(['firstName', 'lastName', 'customerNumber'] as const).map((key) => (
        <TextField
          key={key}
          field={`factSheet-${key}`}
          label={t(`forms.file.${key}`)}
          value={file[key]}
          onChange={(v) => set(key, v)}
        />
      ))}
      <TextField
        field="factSheet-birthYear"
        type="number"
        label={t('forms.file.birthYear')}
        value={shown(file.birthYear)}
        onChange={(v) => set('birthYear', optionalNumber(v))}
      />
      {(['phone', 'email', 'contractNumber'] as const).map((key) => (
        <TextField
          key={key}
          field={`factSheet-${key}`}
          label={t(`forms.file.${key}`)}
          value={file[key] ?? ''}
          onChange={(v) => set(key, optionalText(v))}
        />
      ))}
      <TextField
        field="factSheet-callDate"
        label={t('forms.file.callDate')}
        hint={t('forms.file.isoDate')}
        value={file.callDate ?? ''}
        onChange={(v) => set('callDate', optionalText(v))}
      />
      <AddressFields
        prefix="factSheet-address"
        address={file.address}
        onChange={(a) => set('address', a)}
      />
      <fieldset data-field="factSheet-contract">
        <legend>{t('forms.file.contract')}</legend>
        <TextField
          field="factSheet-contract-product"
          label={t('forms.file.product')}
          value={contract.product}
          onChange={(v) => setContract('product', v)}
        />
        <TextField
          field="factSheet-contract-since"
          label={t('forms.file.since')}
          hint={t('forms.file.sinceHint')}
          value={contract.since}
          onChange={(v) => setContract('since', v)}
        />
        <TextField
          field="factSheet-contract-monthlyPrice"
          type="number"
          label={t('forms.file.monthlyPrice')}
          value={shown(contract.monthlyPrice)}
          onChange={(v) => setContract('monthlyPrice', optionalNumber(v))}
        />
        <TextField
          field="factSheet-contract-commitmentEnd"
          label={t('forms.file.commitmentEnd')}
          value={contract.commitmentEnd ?? ''}
          onChange={(v) => setContract('commitmentEnd', optionalText(v))}
        />
        <PairListField
          field="factSheet-contract-facts"
          legend={t('forms.file.facts')}
          keys={['label', 'value']}
          labels={[t('forms.file.factLabel'), t('forms.file.factValue')]}
          items={contract.facts}
          onChange={(v) => setContract('facts', v)}
          addLabel={t('forms.file.addFact')}
        />
      </fieldset>
      <ListField
        field="factSheet-history"
        label={t('forms.file.history')}
        hint={t('inspector.onePerLine')}
        values={file.history ?? []}
        onChange={(v) => set('history', orNone(v))}
      />
      <PairListField
        field="factSheet-securityDetails"
        legend={t('forms.file.security')}
        keys={['label', 'value']}
        labels={[t('forms.file.factLabel'), t('forms.file.factValue')]}
        items={file.securityDetails ?? []}
        onChange={(v) => set('securityDetails', orNone(v))}
        addLabel={t('forms.file.addSecurity')}
      />
      <InvoiceList invoices={file.invoices ?? []} onChange={(v) => set('invoices', orNone(v))} />
      <CheckField
        field="factSheet-accountHolder"
        label={t('forms.file.otherHolder')}
        checked={file.accountHolder !== undefined}
        onChange={(on) =>
          set(
            'accountHolder',
            on
              ? {
                  civility: file.civility,
                  firstName: '',
                  lastName: file.lastName,
                  customerNumber: '',
                }
              : undefined,
          )
        }
      />
      {file.accountHolder && (
        <HolderFields
          holder={file.accountHolder}
          language={language}
          onChange={(h) => set('accountHolder', h)}
        />
      )}
      <ListField
        field="factSheet-authorNotes"
        label={t('forms.file.authorNotes')}
        hint={t('forms.file.authorNotesHint')}
        values={file.authorNotes ?? []}
        onChange={(v) => set('authorNotes', orNone(v))}
      />
    </fieldset>
  );
}
