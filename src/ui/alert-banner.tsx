interface AlertBannerProps {
  title: string;
  message: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/** A visible, announced alert with a way to dismiss it. */
export function AlertBanner({ title, message, dismissLabel, onDismiss }: AlertBannerProps) {
  return (
    <div className="alert-banner" role="alert">
      <div>
        <strong>{title}</strong>
        <p>{message}</p>
      </div>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
}
