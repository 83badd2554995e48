import { defineRule } from './rule.ts';

/**
 * ENI-001: a network interface can be attached only to an instance in the same Availability Zone
 * ("You can attach a network interface to an instance in the same Availability Zone", EC2 User
 * Guide: using-eni, AttachNetworkInterface).
 */
export const eni001 = defineRule({
  id: 'ENI-001',
  title: 'A network interface must be in its instance’s Availability Zone.',
  variants: { 'other-zone': 'error' },
  run(ctx, emit) {
    for (const e of ctx.index.ofKind('networkInterface')) {
      const owner = e.ownerId ? ctx.index.getKind(e.ownerId, 'instance') : undefined;
      if (!owner) continue;
      const mine = ctx.zoneOf(e.parent ?? undefined);
      const theirs = ctx.zoneOf(owner.parent ?? undefined);
      if (mine && theirs && mine !== theirs)
        emit('other-zone', e.id, { instance: owner.id, zone: mine, instanceZone: theirs }, [owner.id]);
    }
  },
});
