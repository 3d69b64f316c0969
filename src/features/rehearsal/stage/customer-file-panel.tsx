import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { customerFile, isMasked, type FileFieldId } from '@/domain/customer/customer-file';
import { identityVerified } from '@/domain/customer/identity-verified';
import type { SessionState } from '@/domain/session/session.types';

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
  session: SessionState;
}

/** The customer file (fiche client) beside the call, as a CRM shows it, masked until verified. */
export function CustomerFilePanel({ session }: CustomerFilePanelProps) {
  const { t, i18n } = useTranslation();
  const { persona } = session.config;
  const file = useMemo(() => customerFile(persona), [persona]);
  const verified = identityVerified(session);
  const locale = i18n.language;
  const money = (amount: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: file.currency }).format(amount);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: iso.length > 7 ? 'medium' : undefined,
      month: iso.length > 7 ? undefined : 'long',
      year: iso.length > 7 ? undefined : 'numeric',
      timeZone: 'UTC',
    }).format(new Date(iso.length > 7 ? `${iso}T00:00:00Z` : `${iso}-01T00:00:00Z`));
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
}
