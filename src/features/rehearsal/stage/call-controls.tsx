import { memo } from 'react';
import { useTranslation } from 'react-i18next';

interface CallControlsProps {
  onHold: boolean;
  onHoldStart: () => void;
  onResume: () => void;
  onTransfer: () => void;
  onHangUp: () => void;
}

/**
 * Hold, transfer and hang up: they act on the session like on a real softphone. Memoised: its
 * handlers are stable, so only going on or off hold draws it again.
 */
export const CallControls = memo(function CallControls(props: CallControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="button-row call-controls">
      {props.onHold ? (
        <button type="button" className="button" onClick={props.onResume}>
          {t('rehearsal.stage.resumeCall')}
        </button>
      ) : (
        <button type="button" className="button button--quiet" onClick={props.onHoldStart}>
          {t('rehearsal.stage.hold')}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={props.onTransfer}>
        {t('rehearsal.stage.transfer')}
      </button>
      <button type="button" className="button button--danger" onClick={props.onHangUp}>
        {t('rehearsal.stage.hangUp')}
      </button>
    </div>
  );
});
