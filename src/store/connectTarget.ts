/**
 * Connecting a load balancer to an instance registers the instance as a target: in the target
 * group of the load balancer's first listener that forwards to one, else in a new target group
 * (in the load balancer's VPC) that a new listener forwards to. The inspector then shows the
 * listener's port and the target port to set (src/ui/inspector/loadBalancing.tsx).
 */
import {
  type Design,
  type Instance,
  type LoadBalancer,
  type Resource,
  type ResourceId,
  type TargetGroup,
  indexDesign,
  newRecordId,
} from '../model/index.ts';
import { createResource } from '../catalog/index.ts';

/** Adds a fresh target group to `vpcId` where it belongs (the store places it as auto-layout would). */
export type PlaceTargetGroup = (design: Design, vpcId: ResourceId) => { design: Design; id: ResourceId };

const placeAtCorner: PlaceTargetGroup = (design, vpcId) => {
  const tg = createResource(design, 'targetGroup', vpcId, { x: 20, y: 40 });
  return { design: { ...design, resources: [...design.resources, tg] }, id: tg.id };
};

function replace(design: Design, r: Resource): Design {
  return { ...design, resources: design.resources.map((x) => (x.id === r.id ? r : x)) };
}

export function addTarget(
  design: Design,
  lb: LoadBalancer,
  instance: Instance,
  place: PlaceTargetGroup = placeAtCorner,
): { ok: true; design: Design } | { ok: false } {
  const index = indexDesign(design);
  const vpc = index.vpcOf(lb.id);
  if (!vpc || index.vpcOf(instance.id)?.id !== vpc.id) return { ok: false };
  let next = design;
  let listeners = lb.listeners ?? [];
  let tgId = listeners.map((l) => l.targetGroupId).find((id) => !!id && index.getKind(id, 'targetGroup'));
  if (!tgId) {
    const placed = place(next, vpc.id);
    next = placed.design;
    tgId = placed.id;
    const network = lb.lbType === 'network';
    const port = lb.listenerPorts[0] ?? 80;
    const free = listeners.find((l) => !l.targetGroupId);
    listeners = free
      ? listeners.map((l) => (l === free ? { ...l, targetGroupId: tgId! } : l))
      : [
          ...listeners,
          {
            id: newRecordId('lsn'),
            protocol: network ? 'TCP' : port === 443 ? 'HTTPS' : 'HTTP',
            port,
            targetGroupId: tgId,
          },
        ];
    const tg = indexDesign(next).getKind(tgId, 'targetGroup')!;
    next = replace(next, { ...tg, protocol: network ? 'TCP' : 'HTTP', port: 80 } satisfies TargetGroup);
    next = replace(next, { ...lb, listeners, listenerPorts: [...new Set(listeners.map((l) => l.port))] });
  }
  const tg = indexDesign(next).getKind(tgId, 'targetGroup')!;
  if (tg.targets.some((t) => t.instanceId === instance.id)) return { ok: true, design: next };
  const target = { id: newRecordId('tgt'), instanceId: instance.id, ip: null, port: null };
  return { ok: true, design: replace(next, { ...tg, targetType: 'instance', targets: [...tg.targets, target] }) };
}
