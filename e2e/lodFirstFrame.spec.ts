import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

// Issue #17, first render: a large saved design is framed once. The first frame that shows its
// boxes shows them where they stay (the fit clear of the overlays, not React Flow's own fit moved
// again a task and a frame later), with the level-of-detail layer that paints them already there.
test('a large design is shown framed from its first frame with nodes, the level-of-detail layer in that frame', async ({
  page,
}) => {
  const { generateDesign } = await import('../src/testing/generate.ts');
  const { serializeDesign } = await import('../src/io/json/write.ts');
  test.setTimeout(120_000);
  const design = generateDesign({ resources: 2000, seed: 3, name: 'Estate' });
  // Every animation frame from the first script on: the viewport, once nodes are in the DOM.
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: { transform: string; layer: boolean; nodes: number }[] };
    w.__frames = [];
    const poll = () => {
      const nodes = document.getElementsByClassName('react-flow__node').length;
      const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
      if (nodes > 0 && vp)
        w.__frames.push({ transform: vp.style.transform, layer: !!document.querySelector('.vt-lod-layer'), nodes });
      if (w.__frames.length < 2000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  const app = new AppPage(page);
  await app.openWith(serializeDesign(design));
  await app.settled();
  const frames = await page.evaluate(
    () => (window as unknown as { __frames: { transform: string; layer: boolean; nodes: number }[] }).__frames,
  );
  expect(frames.length).toBeGreaterThan(0);
  const first = frames[0]!;
  // Zoomed out to the level of detail's summaries (canvas/lod.ts), and never moved since.
  expect(Number(/scale\(([\d.]+)\)/.exec(first.transform)![1])).toBeLessThan(0.4);
  expect([...new Set(frames.map((f) => f.transform))]).toEqual([first.transform]);
  expect(first.layer).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});
