import { describe, expect, it } from 'vitest';
import { generateDesign } from '../testing/generate.ts';
import { isContainer } from '../model/index.ts';
import { dragInPlace, planLod } from './lod.ts';
import { absoluteBoxes, boxLookup, movingIds, paintList, parentsOf } from './lodPaint.ts';

const estate = generateDesign({ resources: 600, seed: 2 });
const base = absoluteBoxes(estate);
const parents = parentsOf(estate);

describe('paintList: what the layer paints at a plan', () => {
  it('holds the summaries zoomed out to VPCs and nothing they hold, in design order', () => {
    const plan = planLod(estate, 'vpcs', new Set());
    const items = paintList(estate, plan);
    const vpcs = estate.resources.filter((r) => r.kind === 'vpc').map((r) => r.id);
    expect(items.filter((i) => i.r.kind === 'vpc').map((i) => i.r.id)).toEqual(vpcs);
    const vpcSet = new Set(vpcs);
    for (const { r } of items)
      for (let p = parents.get(r.id); p; p = parents.get(p)) expect(vpcSet.has(p)).toBe(false);
    const order = estate.resources.map((r) => r.id);
    const at = items.map((i) => order.indexOf(i.r.id));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(items.length).toBeLessThan(estate.resources.length / 10);
  });

  it('at the subnet level: every container as a box, the leaves outside the subnets as small boxes', () => {
    const plan = planLod(estate, 'subnets', new Set());
    const items = paintList(estate, plan);
    const containers = estate.resources.filter(isContainer).map((r) => r.id);
    expect(items.filter((i) => i.as === 'container').map((i) => i.r.id)).toEqual(containers);
    const leaves = items.filter((i) => i.as === 'leaf');
    expect(leaves.length).toBeGreaterThan(0);
    for (const { r } of leaves) {
      expect(isContainer(r)).toBe(false);
      expect(plan.summarised.has(r.parent!)).toBe(false); // inside a summary: counted there, not drawn
    }
  });

  it('paints nothing at the detail level but the containers collapsed by hand', () => {
    expect(paintList(estate, planLod(estate, 'detail', new Set()))).toEqual([]);
    const vpc = estate.resources.find((r) => r.kind === 'vpc')!;
    expect(paintList(estate, planLod(estate, 'detail', new Set([vpc.id]))).map((i) => i.r.id)).toEqual([vpc.id]);
  });
});

describe('boxLookup and movingIds: a drag moves the dragged box and what it holds, nothing else', () => {
  const vpc = estate.resources.find((r) => r.kind === 'vpc')!;
  const other = estate.resources.filter((r) => r.kind === 'vpc')[1]!;
  const inside = estate.resources.filter((r) => r.kind === 'subnet' && parents.get(r.parent!) === vpc.id)[0]!;
  const b = base.get(vpc.id)!;
  const dragging = new Map([[vpc.id, { x: b.x + 40, y: b.y - 16 }]]);

  it('offsets the dragged box and what is inside it at any depth by the drag, others not', () => {
    const at = boxLookup(base, parents, dragging);
    expect(at(vpc.id)).toEqual({ ...b, x: b.x + 40, y: b.y - 16 });
    const s = base.get(inside.id)!;
    expect(at(inside.id)).toEqual({ ...s, x: s.x + 40, y: s.y - 16 });
    expect(at(other.id)).toEqual(base.get(other.id));
    expect(boxLookup(base, parents, null)(vpc.id)).toBe(b);
  });

  it('names as moving exactly the painted resources inside the dragged box', () => {
    const items = paintList(estate, planLod(estate, 'subnets', new Set()));
    const moving = movingIds(items, new Set([vpc.id]), parents);
    const expected = items
      .filter(({ r }) => {
        for (let p: string | null | undefined = r.id; p; p = parents.get(p)) if (p === vpc.id) return true;
        return false;
      })
      .map((i) => i.r.id);
    expect([...moving]).toEqual(expected);
    expect(moving.has(inside.id)).toBe(true);
    expect(moving.has(other.id)).toBe(false);
  });
});

describe('dragInPlace: zoomed out, a drag changes only the dragged node', () => {
  it('moves the dragged node to its position relative to its parent and keeps every other node', () => {
    const az = estate.resources.find((r) => r.kind === 'az')!;
    const nodes = estate.resources
      .filter((r) => r.id !== az.id)
      .slice(0, 50)
      .map((r) => ({ id: r.id, position: r.position }));
    nodes.push({ id: az.id, position: az.position });
    const vpcBox = base.get(az.parent!)!;
    const out = dragInPlace(nodes, new Map([[az.id, { x: vpcBox.x + 100, y: vpcBox.y + 60 }]]), estate);
    expect(out.at(-1)!.position).toEqual({ x: 100, y: 60 });
    out.slice(0, -1).forEach((n, i) => expect(n).toBe(nodes[i]));
  });
});
