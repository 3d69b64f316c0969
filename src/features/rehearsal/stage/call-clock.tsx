import { memo, useEffect, useState } from 'react';
import { formatDuration } from '../format';

interface CallClockProps {
  /** Seconds since the call began (resumed calls included). */
  elapsed: () => number;
  running: boolean;
}

/** The call timer on screen: the only part of the stage that renders every second. */
export const CallClock = memo(function CallClock({ elapsed, running }: CallClockProps) {
  const [seconds, setSeconds] = useState(elapsed);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setSeconds(elapsed()), 1000);
    return () => window.clearInterval(timer);
  }, [running, elapsed]);
  return <time dateTime={`PT${seconds}S`}>{formatDuration(seconds)}</time>;
});
