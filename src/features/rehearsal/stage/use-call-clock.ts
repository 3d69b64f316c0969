import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The call timer, resumed from the seconds already played. It also ticks `onTick` every second
 * while running, which the stage uses to notice dead air without a second timer.
 */
export function useCallClock(initialSeconds: number, running: boolean, onTick: () => void) {
  const origin = useRef<number | null>(null);
  const [seconds, setSeconds] = useState(initialSeconds);
  const tick = useRef(onTick);
  useEffect(() => {
    tick.current = onTick;
  }, [onTick]);
  const elapsed = useCallback(() => {
    origin.current ??= performance.now() - initialSeconds * 1000;
    return Math.round((performance.now() - origin.current) / 1000);
  }, [initialSeconds]);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      setSeconds(elapsed());
      tick.current();
    }, 1000);
    return () => window.clearInterval(timer);
  }, [running, elapsed]);
  return { seconds, elapsed };
}
