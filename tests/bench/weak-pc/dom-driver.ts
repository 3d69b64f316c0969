// Drives a page through CDP's DOM and Input domains only. Playwright's locators, fill() and
// evaluate() run its injected script inside the page's V8 heap, where V8 compiles and optimises
// it further as it is called; a heap measurement driven that way partly measures the instrument.
// Here elements are found by Blink (CSS or XPath search, no script) and acted on with trusted
// input events, so nothing but the app runs JavaScript in the page.
import type { CDPSession, Page } from '@playwright/test';

interface Point {
  x: number;
  y: number;
  scrollX: number;
  scrollY: number;
}

export class DomDriver {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<DomDriver> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new DomDriver(page, cdp);
  }

  /**
   * Node ids of what `query` (CSS selector or XPath) matches now. The document is requested
   * afresh each time, which drops the nodes the inspector was holding for the previous query:
   * detached screens are not kept alive by the driver.
   */
  private async find(query: string): Promise<number[]> {
    await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await this.cdp.send('DOM.performSearch', { query });
    try {
      if (resultCount === 0) return [];
      const { nodeIds } = await this.cdp.send('DOM.getSearchResults', {
        searchId,
        fromIndex: 0,
        toIndex: resultCount,
      });
      return nodeIds;
    } finally {
      await this.cdp.send('DOM.discardSearchResults', { searchId });
    }
  }

  async count(query: string): Promise<number> {
    return (await this.find(query)).length;
  }

  /** Polls (from Node, every 20 ms) until `query` matches at least `atLeast` nodes. */
  async waitFor(query: string, atLeast = 1, timeoutMs = 60_000): Promise<number> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.find(query);
      if (found.length >= atLeast) return found[0] as number;
      if (Date.now() > until) throw new Error(`dom-driver: « ${query} » not found`);
      await new Promise((wake) => setTimeout(wake, 20));
    }
  }

  /**
   * A real mouse click in the middle of the first match, once the page would deliver it there:
   * the middle is in the viewport, has not moved for a frame or more, and hit-tests to the match
   * (or inside it). CDP reads the box from a layout forced between frames, and a frame may still
   * move it: a reply's two new transcript rows (`content-visibility: auto`) are laid out at their
   * 3rem placeholder until the frame that renders them, so « Raccrocher » sits ~50 px higher in a
   * forced layout than on screen. A click at that point could land below the viewport, where
   * nothing receives it: the call never hung up and tab-heap waited for « Débrief enregistré »
   * in vain (once in ~25–55 calls on a loaded machine; the box moved in 3 replies of 40).
   */
  async click(query: string, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let before = '';
    for (;;) {
      const nodeId = await this.waitFor(query, 1, timeoutMs);
      await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      const point = await this.middle(nodeId);
      // Compared in the page's coordinates: a scroll alone does not move the box.
      const where = point ? `${point.x + point.scrollX},${point.y + point.scrollY}` : '';
      if (point && where === before && (await this.hits(nodeId, point))) {
        await this.page.mouse.click(point.x, point.y);
        return;
      }
      if (before !== '' && where !== before) this.movedBeforeClick += 1;
      before = where;
      if (Date.now() > until) throw new Error(`dom-driver: « ${query} » never clickable`);
      // Long enough for the page to render a frame between the two reads of the box.
      await new Promise((wake) => setTimeout(wake, 50));
    }
  }

  /** How many times a box moved between two reads before its click (a figure, not an error). */
  movedBeforeClick = 0;

  /**
   * The middle of the node's first box, in viewport coordinates (what a mouse event takes), if it
   * is inside the viewport, with the page's scroll offset (what DOM.getNodeForLocation takes).
   */
  private async middle(nodeId: number): Promise<Point | null> {
    const { quads } = await this.cdp.send('DOM.getContentQuads', { nodeId });
    const quad = quads[0];
    if (!quad || quad.length < 8) return null;
    // A quad is four corners, x then y each: its centre is their mean.
    const mean = (from: number) =>
      [0, 2, 4, 6].reduce((sum, corner) => sum + (quad[from + corner] ?? 0), 0) / 4;
    const x = Math.round(mean(0));
    const y = Math.round(mean(1));
    const { cssLayoutViewport: view } = await this.cdp.send('Page.getLayoutMetrics');
    if (x < 0 || y < 0 || x >= view.clientWidth || y >= view.clientHeight) return null;
    return { x, y, scrollX: view.pageX, scrollY: view.pageY };
  }

  /** Whether the page's hit test at `point` finds the node or one of its descendants. */
  private async hits(nodeId: number, point: Point): Promise<boolean> {
    const { node } = await this.cdp.send('DOM.describeNode', { nodeId, depth: -1 });
    const inside = new Set<number>();
    const collect = (each: typeof node) => {
      inside.add(each.backendNodeId);
      for (const child of each.children ?? []) collect(child);
    };
    collect(node);
    try {
      const hit = await this.cdp.send('DOM.getNodeForLocation', {
        x: point.x + point.scrollX,
        y: point.y + point.scrollY,
      });
      return inside.has(hit.backendNodeId);
    } catch {
      return false; // nothing there (« No node found at given location »)
    }
  }

  /** Focuses the match, inserts `text` as one input (like a paste or an IME commit), then Enter. */
  async sayLine(query: string, text: string): Promise<void> {
    const nodeId = await this.waitFor(query);
    await this.cdp.send('DOM.focus', { nodeId });
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  async detach(): Promise<void> {
    await this.cdp.send('DOM.disable');
    await this.cdp.detach();
  }
}

/** XPath of a button whose whole visible text is `label`. */
export const button = (label: string) => `//button[normalize-space()='${label}']`;
/** XPath of any element holding `text` in one of its own text nodes. */
export const text = (words: string) => `//*[text()[contains(., '${words}')]]`;
