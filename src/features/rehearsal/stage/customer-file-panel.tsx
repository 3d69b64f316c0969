import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { customerFile, isMasked, type FileFieldId } from '@/domain/customer/customer-file';
import type { Persona } from '@/domain/script/persona-schema';

/** A short list of lines in the call's language, or the placeholder for an empty field. */
function textList(items: readonly string[], language: string, none: string): ReactNode {
  if (items.length === 0) return none;
  return (
    <ul className="customer-file__list" lang={language}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

interface CustomerFilePanelProps {
  persona: Persona;
  verified: boolean;
}

/** Formatters of the file's amounts and dates: building an Intl formatter costs a few ms. */
function fileFormats(locale: string, currency: string) {
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    money: (value: number) => amount.format(value),
    // A full date (2024-03-05) or a month (2024-03).
    day: (iso: string) =>
      iso.length > 7
        ? date.format(new Date(`${iso}T00:00:00Z`))
        : month.format(new Date(`${iso}-01T00:00:00Z`)),
  };
}

/**
 * The customer file (fiche client) beside the call, as a CRM shows it, masked until verified.
 * Memoised: it renders again only when the identity is verified (or the language changes).
 */
export const CustomerFilePanel = memo(function CustomerFilePanel({
  persona,
  verified,
}: CustomerFilePanelProps) {
  const { t, i18n } = useTranslation();
  const file = useMemo(() => customerFile(persona), [persona]);
  const locale = i18n.language;
  const { money, day } = useMemo(() => fileFormats(locale, file.currency), [locale, file.currency]);
  const none = t('rehearsal.customerFile.none');
  const fields: [FileFieldId, ReactNode][] = [
    ['holder', `${file.holder.civility} ${file.holder.firstName} ${file.holder.lastName}`],
    ['customerNumber', file.customerNumber],
    ['contractNumber', file.contractNumber ?? none],
    ['offer', file.offer],
    ['monthlyPrice', file.monthlyPrice === null ? none : money(file.monthlyPrice)],
    ['since', day(file.since)],
    ['commitmentEnd', file.commitmentEnd ? day(file.commitmentEnd) : none],
    ['address', file.address],
    ['phone', file.phone ?? none],
    ['email', file.email ?? none],
    [
      'invoices',
      file.invoices.length === 0 ? (
        none
      ) : (
        <ul className="customer-file__list">
          {file.invoices.map((invoice, index) => (
            <li key={`${invoice.date}-${index}`}>
              <time dateTime={invoice.date}>{day(invoice.date)}</time> : {money(invoice.amount)}
              {invoice.label && <span lang={file.language}> — {invoice.label}</span>}
            </li>
          ))}
        </ul>
      ),
    ],
    ['contacts', textList(file.contacts, file.language, none)],
    [
      'checks',
      textList(
        file.checks.map((check) => `${check.label} : ${check.value}`),
        file.language,
        none,
      ),
    ],
  ];
  return (
    <section className="customer-file" aria-labelledby="customer-file-title">
      <h2 id="customer-file-title" className="stage__subtitle">
        {t('rehearsal.customerFile.title')}
      </h2>
      <p className="hint" role="status">
        {verified ? t('rehearsal.customerFile.verified') : t('rehearsal.customerFile.notVerified')}
      </p>
      <dl className="customer-file__fields">
        {fields.map(([field, value]) => (
          <div key={field} className="customer-file__field">
            <dt>{t(`rehearsal.customerFile.fields.${field}`)}</dt>
            {isMasked(field, verified) ? (
              <dd className="customer-file__masked" data-masked="true">
                <span aria-hidden="true">••••</span> {t('rehearsal.customerFile.masked')}
              </dd>
            ) : (
              <dd lang={file.language}>{value}</dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
});
