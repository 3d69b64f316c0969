import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, followed as it resizes. Charts draw at their real width so
 * their text keeps a readable size on a phone instead of shrinking with a scaled viewBox.
 * Without ResizeObserver (jsdom) the fallback width stays.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
