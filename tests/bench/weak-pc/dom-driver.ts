// Drives a page through CDP's DOM and Input domains only. Playwright's locators, fill() and
// evaluate() run its injected script inside the page's V8 heap, where V8 compiles and optimises
// it further as it is called; a heap measurement driven that way partly measures the instrument.
// Here elements are found by Blink (CSS or XPath search, no script) and acted on with trusted
// input events, so nothing but the app runs JavaScript in the page.
import type { CDPSession, Page } from '@playwright/test';

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

  /** A real mouse click in the middle of the first enabled match, scrolled into view. */
  async click(query: string): Promise<void> {
    const nodeId = await this.waitFor(query);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { quads } = await this.cdp.send('DOM.getContentQuads', { nodeId });
    const quad = quads[0];
    if (!quad || quad.length < 8) throw new Error(`dom-driver: « ${query} » has no box`);
    // A quad is four corners, x then y each: its centre is their mean.
    const mean = (from: number) =>
      [0, 2, 4, 6].reduce((sum, corner) => sum + (quad[from + corner] ?? 0), 0) / 4;
    const x = mean(0);
    const y = mean(1);
    await this.page.mouse.click(x, y);
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
