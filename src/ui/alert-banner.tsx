import type { ReactNode } from 'react';

interface AlertBannerProps {
  title: string;
  message: string;
  /** An optional way out, shown before the dismiss button. */
  action?: ReactNode;
  dismissLabel: string;
  onDismiss: () => void;
}

/** A visible, announced alert with a way to dismiss it. */
export function AlertBanner({ title, message, action, dismissLabel, onDismiss }: AlertBannerProps) {
  return (
    <div className="alert-banner" role="alert">
      <div>
        <strong>{title}</strong>
        <p>{message}</p>
      </div>
      <div className="button-row">
        {action}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
