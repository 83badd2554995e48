import { beforeEach, describe, expect, it } from 'vitest';
import { useDesignStore, emptyDesign, undo, redo, clearHistory } from './designStore.ts';
import { useViewStore } from './viewStore.ts';
import { absolutePosition, indexDesign } from '../model/index.ts';
import { twoAzDesign } from '../testing/fixtures.ts';
import { validate } from '../validation/index.ts';

const history = () => useDesignStore.temporal.getState();
/** The absolute centre of a resource's box: where a user would drop into it. */
const centreOf = (id: string) => {
  const index = indexDesign(useDesignStore.getState().design);
  const p = absolutePosition(index, id);
  const r = index.get(id)!;
  const size = 'size' in r ? r.size : { width: 120, height: 92 };
  return { x: p.x + size.width / 2, y: p.y + size.height / 2 };
};

beforeEach(() => {
  useDesignStore.getState().replaceDesign(emptyDesign());
  useViewStore.setState({ dragging: null, selection: [] });
  clearHistory();
});

describe('adding from the palette', () => {
  it('nests region > VPC > AZ > subnet > instance at the drop point and proposes CIDRs', () => {
    const s = () => useDesignStore.getState();
    const region = s().addAt('region', { x: 450, y: 300 });
    expect(region.ok).toBe(true);
    const vpc = s().addAt('vpc', { x: 450, y: 300 });
    expect(vpc).toMatchObject({ ok: true });
    const az = s().addAt('az', { x: 300, y: 300 });
    const azCentre = centreOf(az.ok ? az.id : '');
    const subnet = s().addAt('subnet', azCentre);
    const second = s().addAt('subnet', azCentre);
    const index = indexDesign(s().design);
    const sub = index.getKind(subnet.ok ? subnet.id : '', 'subnet')!;
    const sub2 = index.getKind(second.ok ? second.id : '', 'subnet')!;
    expect(sub.parent).toBe(az.ok && az.id);
    expect(index.vpcOf(sub.id)?.id).toBe(vpc.ok && vpc.id);
    expect(index.getKind(vpc.ok ? vpc.id : '', 'vpc')!.cidrBlocks).toEqual(['10.0.0.0/16']);
    expect(sub.cidr).toBe('10.0.0.0/24');
    expect(sub2.cidr).toBe('10.0.1.0/24');
    expect(index.getKind(az.ok ? az.id : '', 'az')!.zone).toBe('us-east-1a');
  });
  it('refuses an instance outside a subnet and changes nothing', () => {
    const before = useDesignStore.getState().design;
    const result = useDesignStore.getState().addAt('instance', { x: 10, y: 10 });
    expect(result).toMatchObject({ ok: false, kind: 'instance', needs: ['subnet'] });
    expect(useDesignStore.getState().design).toBe(before);
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('undo history', () => {
  it('records one step per drag, however many frames it had', () => {
    const { d, web, pubB } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    clearHistory();
    const start = absolutePosition(indexDesign(d), web.id);
    // 60 drag frames: view state only.
    for (let i = 1; i <= 60; i++)
      useViewStore.getState().setDragging(new Map([[web.id, { x: start.x + i * 7, y: start.y }]]));
    expect(useDesignStore.getState().design).toBe(d);
    expect(history().pastStates).toHaveLength(0);
    // Drop it in the other AZ's subnet.
    const target = absolutePosition(indexDesign(d), pubB.id);
    const { refused } = useDesignStore
      .getState()
      .commitMove(new Map([[web.id, { x: target.x + 30, y: target.y + 50 }]]));
    expect(refused).toEqual([]);
    expect(history().pastStates).toHaveLength(1);
    expect(indexDesign(useDesignStore.getState().design).get(web.id)!.parent).toBe(pubB.id);
    undo();
    expect(useDesignStore.getState().design).toBe(d);
    redo();
    expect(indexDesign(useDesignStore.getState().design).get(web.id)!.parent).toBe(pubB.id);
  });
  it('a refused move puts the node back and records nothing', () => {
    const { d, web, vpc } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    clearHistory();
    const v = absolutePosition(indexDesign(d), vpc.id);
    const { refused } = useDesignStore.getState().commitMove(new Map([[web.id, { x: v.x + 2, y: v.y + 2 }]]));
    expect(refused.map((r) => r.id)).toEqual([web.id]);
    expect(useDesignStore.getState().design).toBe(d);
    expect(history().pastStates).toHaveLength(0);
  });
  it('selection is not a document edit', () => {
    const { d, web } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    clearHistory();
    useViewStore.getState().select([web.id]);
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('connecting', () => {
  it('route table to subnet moves the association (one table per subnet)', () => {
    const { d, rtPub, pubA, vpc } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    const second = useDesignStore.getState().addInto('routeTable', vpc.id, { x: 600, y: 44 });
    expect(useDesignStore.getState().connect(rtPub.id, pubA.id)).toMatchObject({
      ok: true,
      effect: 'associate-route-table',
    });
    expect(useDesignStore.getState().connect(pubA.id, second.ok ? second.id : '')).toMatchObject({ ok: true });
    const index = indexDesign(useDesignStore.getState().design);
    expect(index.getKind(rtPub.id, 'routeTable')!.subnetIds).toEqual([]);
    expect(index.getKind(second.ok ? second.id : '', 'routeTable')!.subnetIds).toEqual([pubA.id]);
  });
  it('security group to instance attaches it; two workloads make a flow; nonsense is refused', () => {
    const { d, sgDb, web, db, igw, pubA } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    const s = () => useDesignStore.getState();
    expect(s().connect(web.id, sgDb.id)).toMatchObject({ ok: true, effect: 'attach-sg' });
    expect(indexDesign(s().design).getKind(web.id, 'instance')!.securityGroupIds).toContain(sgDb.id);
    expect(s().connect(web.id, db.id)).toMatchObject({ ok: true, effect: 'add-flow' });
    expect(s().design.flows.at(-1)).toMatchObject({ from: web.id, to: db.id, protocol: 'tcp', port: 5432 });
    expect(s().connect('internet', web.id)).toMatchObject({ ok: true, effect: 'add-flow' });
    expect(s().connect(igw.id, pubA.id)).toEqual({ ok: false, reason: 'unsupported' });
  });
  it('route table to internet gateway adds a default route', () => {
    const { d, rtPub, igw } = twoAzDesign();
    useDesignStore.getState().replaceDesign(d);
    useDesignStore.getState().connect(rtPub.id, igw.id);
    const rt = indexDesign(useDesignStore.getState().design).getKind(rtPub.id, 'routeTable')!;
    expect(rt.routes).toContainEqual(expect.objectContaining({ destination: '0.0.0.0/0', target: igw.id }));
  });
});

describe('placement', () => {
  it('never drops a node on top of a sibling', () => {
    const s = () => useDesignStore.getState();
    s().addAt('region', { x: 400, y: 300 });
    s().addAt('vpc', { x: 400, y: 300 });
    const az = s().addAt('az', { x: 300, y: 300 });
    const ids = [0, 1, 2].map(() => {
      const r = s().addAt('subnet', centreOf(az.ok ? az.id : ''));
      return r.ok ? r.id : '';
    });
    const index = indexDesign(s().design);
    const rects = ids.map((id) => {
      const r = index.getKind(id, 'subnet')!;
      return { ...r.position, ...r.size, parent: r.parent };
    });
    expect(rects.every((r) => r.parent === (az.ok && az.id))).toBe(true);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
  });
});

describe('AWS defaults', () => {
  it('a new VPC comes with a main route table (local route) and a default NACL; later tables are custom', () => {
    const s = () => useDesignStore.getState();
    s().addAt('region', { x: 400, y: 300 });
    const vpc = s().addAt('vpc', { x: 400, y: 300 });
    const vpcId = vpc.ok ? vpc.id : '';
    let index = indexDesign(s().design);
    const tables = index.children(vpcId).filter((c) => c.kind === 'routeTable');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      main: true,
      routes: [expect.objectContaining({ destination: '10.0.0.0/16', target: 'local' })],
    });
    const acls = index.children(vpcId).filter((c) => c.kind === 'nacl');
    expect(acls).toMatchObject([{ isDefault: true }]);
    const custom = s().addInto('routeTable', vpcId, { x: 400, y: 44 });
    index = indexDesign(s().design);
    expect(index.getKind(custom.ok ? custom.id : '', 'routeTable')!.main).toBe(false);
    // One undo removes the VPC and its defaults together.
    undo();
    undo();
    expect(indexDesign(s().design).ofKind('routeTable')).toHaveLength(0);
  });
});

describe('Elastic IPs of new NAT gateways', () => {
  const eipOf = (id: string) =>
    (indexDesign(useDesignStore.getState().design).getKind(id, 'nat') as { elasticIp: string | null }).elasticIp;
  const eipFindings = () => validate(useDesignStore.getState().design).filter((f) => f.rule === 'EIP-001');

  it('each NAT gateway added, pasted or duplicated gets its own address, so EIP-001 stays silent', () => {
    const { d, pubA, pubB } = twoAzDesign();
    const s = () => useDesignStore.getState();
    s().replaceDesign(d);
    const a = s().addInto('nat', pubA.id, { x: 24, y: 44 });
    const b = s().addInto('nat', pubB.id, { x: 24, y: 44 });
    const ida = a.ok ? a.id : '';
    const idb = b.ok ? b.id : '';
    expect(eipOf(ida)).toBe('203.0.113.10');
    expect(eipOf(idb)).toBe('203.0.113.11');
    const design = s().design;
    const [copy] = s().paste({ resources: design.resources, flows: [], roots: [ida] }, { x: 24, y: 24 });
    expect(eipOf(copy!)).toBe('203.0.113.12');
    // A whole subnet copied with its NAT gateway: the copy's NAT gets a fresh address too.
    const [subnetCopy] = s().paste({ resources: s().design.resources, flows: [], roots: [pubB.id] }, { x: 0, y: 400 });
    const natInCopy = indexDesign(s().design)
      .children(subnetCopy!)
      .find((r) => r.kind === 'nat')!;
    expect(eipOf(natInCopy.id)).toBe('203.0.113.13');
    expect(eipFindings()).toEqual([]);
  });
});
