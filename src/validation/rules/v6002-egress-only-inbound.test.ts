import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { keys } from '../testing/findings.ts';
import { dualStack } from '../testing/dualStack.ts';
import { v6002 } from './v6002-egress-only-inbound.ts';

describe('V6-002 an egress-only gateway used for inbound or IPv4', () => {
  it('reports a flow from the internet drawn to get through to an instance behind it', () => {
    const { b, app, eigw } = dualStack();
    const d = b.build();
    const flow = { id: 'f1', from: 'internet', to: app, protocol: 'tcp' as const, port: 443, label: '' };
    expect(keys(v6002, { ...d, flows: [flow] })).toEqual([`inbound-flow@${eigw}`]);
    expect(keys(v6002, { ...d, flows: [{ ...flow, expect: 'blocked' as const }] })).toEqual([]);
  });
  it('reports an IPv4 route to it', () => {
    const { b, privateRt, eigw } = dualStack();
    b.patch(privateRt, {
      routes: [...b.get<RouteTable>(privateRt).routes, { id: 'v4', destination: '192.0.2.0/24', target: eigw }],
    });
    expect(keys(v6002, b.build())).toEqual([`ipv4-route@${privateRt}`]);
  });
});
