import { expect, type Locator, type Page } from '@playwright/test';

type Kind =
  | 'region'
  | 'vpc'
  | 'az'
  | 'subnet'
  | 'igw'
  | 'nat'
  | 'routeTable'
  | 'nacl'
  | 'securityGroup'
  | 'instance'
  | 'loadBalancer'
  | 'rds'
  | 'peering'
  | 'external'
  | 'prefixList'
  | 'transitGateway'
  | 'tgwAttachment'
  | 'tgwRouteTable'
  | 'vpnGateway'
  | 'customerGateway'
  | 'vpnConnection'
  | 'gatewayEndpoint'
  | 'interfaceEndpoint'
  | 'egressOnlyIgw'
  | 'targetGroup'
  | 'networkInterface';

/**
 * Wait until the view stops moving (a fit or zoom animation has ended, or never started): the
 * viewport's transform unchanged for `frames` animation frames in a row. A condition, not a sleep:
 * on a loaded machine it simply takes longer.
 */
export async function viewSettled(page: Page, frames = 8) {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        const read = () => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        let last = read();
        let still = 0;
        const tick = () => {
          const now = read();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= n) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

/** Page object for VPC Town: every action is done the way a user does it. */
export class AppPage {
  readonly consoleErrors: string[] = [];
  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(e.message));
  }

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  node(kind: Kind | 'internet', name?: string): Locator {
    const base = `[data-testid="node.${kind}"]`;
    return this.page.locator(name ? `${base}[data-name="${name}"]` : base);
  }

  /** Drag a palette item onto the canvas, or into a node at a point relative to its top-left. */
  async drag(kind: Kind, target?: Locator, at: { x: number; y: number } = { x: 60, y: 70 }) {
    const item = this.page.getByTestId(`palette.${kind}`);
    let point = at;
    if (target) {
      // Drop at a point inside the target node; the canvas is the drop zone, as for a real pointer.
      const box = (await target.boundingBox())!;
      const canvas = (await this.canvas().boundingBox())!;
      point = { x: box.x - canvas.x + at.x, y: box.y - canvas.y + at.y };
    }
    await item.dragTo(this.canvas(), { targetPosition: point });
  }

  /** Start on a saved design, as if the user had worked on it before (autosave in this browser). */
  async openWith(designJson: string) {
    await this.page.addInitScript((t) => {
      if (!sessionStorage.getItem('vt-seeded')) {
        sessionStorage.setItem('vt-seeded', '1');
        localStorage.setItem('vpc-town:autosave', t);
      }
    }, designJson);
    await this.open();
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible();
  }

  /** Drag a connection from one node's right handle to another node's left handle. */
  async connect(from: Locator, to: Locator) {
    const src = (await from.locator('.react-flow__handle.source').boundingBox())!;
    const dst = (await to.locator('.react-flow__handle.target').boundingBox())!;
    const m = this.page.mouse;
    await m.move(src.x + src.width / 2, src.y + src.height / 2);
    await m.down();
    await m.move(src.x + 60, src.y + 20, { steps: 5 });
    await m.move(dst.x + dst.width / 2, dst.y + dst.height / 2, { steps: 10 });
    // On a busy machine React Flow may not have seen the pointer over the handle yet: wait until it
    // marks the handle as the one being connected to (nudging the pointer), then let go. A handle
    // that never takes the connection (an invalid one) is let go of all the same.
    // The handle is followed where it is now: held near the canvas's edge, a connection pans it.
    const handle = to.locator('.react-flow__handle.target').first();
    for (let i = 0; i < 8; i++) {
      if (await handle.evaluate((el) => el.classList.contains('connectingto')).catch(() => false)) break;
      const box = await handle.boundingBox();
      if (!box) break;
      await m.move(box.x + box.width / 2 + (i % 2), box.y + box.height / 2);
      await this.page.waitForTimeout(25);
    }
    await m.up();
  }

  flowLabels(): Locator {
    return this.page.getByTestId('flow.label');
  }

  async fit() {
    await this.page.getByTestId('toolbar.fit').click();
    await this.settled();
  }

  /** Wait until the view stops moving (see viewSettled). */
  async settled(frames = 8) {
    await viewSettled(this.page, frames);
  }

  /** Write the debounced autosave now, as leaving the page does (app/autosave.ts saves on pagehide). */
  async flushAutosave() {
    await this.page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  }

  /** Select a node by clicking its icon (leaves) or its name in the header (containers), as a user does. */
  async select(node: Locator) {
    await node.locator('.vt-leaf__icon, .vt-group__name').first().click();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Type into an inspector field and commit with Enter. */
  async type(testId: string, value: string) {
    const f = this.field(testId);
    await f.fill(value);
    await f.press('Enter');
  }

  /**
   * Replace an inspector field's text by inserting it as paste or an input method does, and commit
   * with Enter. Unlike fill(), it keeps every UTF-16 unit, lone surrogates included (CDP turns
   * those into U+FFFD).
   */
  async insertText(testId: string, value: string) {
    const f = this.field(testId);
    await f.fill('');
    await f.focus();
    await this.page.evaluate((v) => document.execCommand('insertText', false, v), value);
    await f.press('Enter');
  }

  /** Drag a splitter (`splitter.side`: the side pane's left edge; `splitter.findings`) by dx, dy pixels. */
  async dragSplitter(testId: 'splitter.side' | 'splitter.findings', dx: number, dy: number) {
    const box = (await this.page.getByTestId(testId).boundingBox())!;
    const m = this.page.mouse;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await m.move(x, y);
    await m.down();
    await m.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await m.move(x + dx, y + dy, { steps: 4 });
    await m.up();
  }

  async press(keys: string) {
    await this.page.keyboard.press(keys);
  }

  /** Drop files on the canvas, as dragging them from the desktop does: `[name, text]` each. */
  async dropFiles(files: readonly (readonly [string, string])[], target = '[data-testid="canvas"]') {
    await this.page.evaluate(
      ({ files, target }) => {
        const dt = new DataTransfer();
        for (const [name, text] of files) dt.items.add(new File([text], name, { type: '' }));
        const el = document.querySelector(target)!;
        for (const type of ['dragenter', 'dragover', 'drop'])
          el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { files, target },
    );
  }

  /** Pick an item of the File menu (opening the menu first). */
  async fileMenu(item: string) {
    const popover = this.page.getByTestId('files.popover');
    if (!(await popover.isVisible())) await this.page.getByTestId('files.menu').click();
    await this.page.getByTestId(`files.${item}`).click();
  }

  /** Fill this browser's localStorage to the last character, as a full disk or a greedy site would. */
  async fillStorage() {
    await this.page.evaluate(() => {
      let i = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler:${i++}`, chunk);
          } catch {
            break;
          }
        }
      }
    });
  }

  async savedDesign(): Promise<{ resources: { kind: string; name: string }[]; flows: unknown[] } | null> {
    // Autosave is debounced: write what is pending first, rather than wait for the timer.
    await this.flushAutosave();
    return this.page.evaluate(() => {
      const t = localStorage.getItem('vpc-town:autosave');
      return t ? JSON.parse(t) : null;
    });
  }
}
