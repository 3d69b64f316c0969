import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv, type CsvSeparator, type CsvTable } from '@/domain/review/csv-export';
import { downloadText } from '@/ui/download-text';

/**
 * Downloads a table as CSV. The separator defaults to « ; » in French (Excel in French reads
 * « , » as the decimal mark); column ids are named through `columnLabel`.
 */
export function CsvButton({
  fileName,
  label,
  table,
  columnLabel,
}: {
  fileName: string;
  label: string;
  table: () => CsvTable;
  columnLabel: (column: string) => string;
}) {
  const { t, i18n } = useTranslation('review');
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(i18n.language === 'en' ? ',' : ';');
  const download = () => {
    const { columns, rows } = table();
    const stamp = new Date().toISOString().slice(0, 10);
    downloadText(
      `${fileName}-${stamp}.csv`,
      toCsv(columns.map(columnLabel), rows, separator),
      'text/csv;charset=utf-8',
    );
  };
  return (
    <div className="button-row csv-export no-print">
      <label htmlFor={id}>{t('csv.separator')}</label>
      <select
        id={id}
        value={separator}
        onChange={(e) => setSeparator(e.target.value as CsvSeparator)}
      >
        <option value=";">{t('csv.semicolon')}</option>
        <option value=",">{t('csv.comma')}</option>
      </select>
      <button type="button" className="button button--quiet" onClick={download}>
        {label}
      </button>
    </div>
  );
}
