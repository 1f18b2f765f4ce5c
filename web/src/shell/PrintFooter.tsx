import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../format/local-date-time';

/** Shown on paper only: who printed the page and when (dd/MM/yyyy HH:mm in the province), set as printing starts. */
export function PrintFooter({ name }: { name: string }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    const onBeforePrint = () => setAt(new Date().toISOString());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return (
    <footer className="print-only print-footer" data-testid="print-footer">
      {t('shell.printedBy', { name, at: formatInstant(at) })}
    </footer>
  );
}
