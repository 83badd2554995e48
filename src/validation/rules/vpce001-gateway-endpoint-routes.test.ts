import { describe, expect, it } from 'vitest';
import type { RouteTable } from '../../model/types.ts';
import { webApp } from '../testing/builder.ts';
import { keys } from '../testing/findings.ts';
import { vpce001 } from './vpce001-gateway-endpoint-routes.ts';

function design(tables: 'none' | 'associated' | 'routed') {
  const w = webApp();
  const { b, vpc, privateRt } = w;
  const ep = b.resource('gatewayEndpoint', vpc, {
    serviceName: 'com.amazonaws.us-east-1.s3',
    prefixListId: 'pl-63a5400a',
    routeTableIds: tables === 'none' ? [] : [privateRt],
  });
  if (tables === 'routed')
    b.patch(privateRt, {
      routes: [...b.get<RouteTable>(privateRt).routes, { id: 'pl', destination: 'pl-63a5400a', target: ep }],
    });
  return { d: b.build(), ep };
}

describe('VPCE-001 gateway endpoint without route table entries', () => {
  it('reports an endpoint with no route table', () => {
    const { d, ep } = design('none');
    expect(keys(vpce001, d)).toEqual([`no-route-tables@${ep}`]);
  });
  it('reports an associated table that lacks the route to the prefix list', () => {
    const { d, ep } = design('associated');
    expect(keys(vpce001, d)).toEqual([`missing-route@${ep}`]);
  });
  it('accepts an associated table with the route', () => {
    expect(keys(vpce001, design('routed').d)).toEqual([]);
  });
});
