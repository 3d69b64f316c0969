import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The call timer, resumed from the seconds already played. It keeps no React state: the stage
 * does not render again each second (only <CallClock> does). While running it calls `onTick`
 * every second, which the stage uses to notice dead air without a second timer.
 */
export function useCallClock(initialSeconds: number, running: boolean, onTick: () => void) {
  const [origin] = useState(() => performance.now() - initialSeconds * 1000);
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  }, [onTick]);
  const elapsed = useCallback(() => Math.round((performance.now() - origin) / 1000), [origin]);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => tick.current(), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return { elapsed };
}
