import { useEffect, useLayoutEffect, useRef } from 'react';

interface PageHeadingProps {
  children: string;
  /** The browser tab title; the heading text when omitted. */
  documentTitle?: string;
  appName: string;
}

/**
 * The page's h1. It takes focus when the page opens after a navigation, so screen-reader and
 * keyboard users start reading at the new page instead of at the link they followed.
 */
// The first page of a visit keeps the browser's natural focus; later pages take it.
let aPageWasShown = false;

export function PageHeading({ children, documentTitle, appName }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const title = `${documentTitle ?? children} — ${appName}`;
  // With the heading's own commit: the tab never shows the previous page's title, and anything
  // that sees the new heading (a screen reader, a test) sees the new title too.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (aPageWasShown) ref.current?.focus();
    aPageWasShown = true;
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
