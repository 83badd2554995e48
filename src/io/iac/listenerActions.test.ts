/**
 * Listeners an application load balancer answers itself (redirect, fixed-response) survive both
 * exports: written as ELB's redirect and fixed-response actions, read back with the same action and
 * the same reach answers, and the notes say what the design does not hold (where to, what body).
 */
import { describe, expect, it } from 'vitest';
import type { Design, LoadBalancer } from '../../model/types.ts';
import { analyzeReachability } from '../../validation/reachability/index.ts';
import { nlbApp } from '../../validation/testing/loadBalancers.ts';
import { readCfn } from '../cfn/index.ts';
import { readTerraform } from '../terraform/index.ts';
import { toCloudFormation, toTerraform } from './index.ts';
import { compareNetworks, deployValues } from './testing/roundTrip.ts';

function design(): Design {
  const { b, lb, tg } = nlbApp({ type: 'application', lbSg: true });
  b.patch(lb, {
    name: 'web-alb',
    listenerPorts: [80, 443, 8081],
    listeners: [
      { id: 'lsn-80', protocol: 'HTTP', port: 80, targetGroupId: null, action: 'redirect' },
      { id: 'lsn-443', protocol: 'HTTP', port: 443, targetGroupId: tg },
      { id: 'lsn-8081', protocol: 'HTTP', port: 8081, targetGroupId: null, action: 'fixed-response' },
    ],
  });
  return b.build();
}

const actions = (d: Design) =>
  (d.resources.find((r) => r.kind === 'loadBalancer') as LoadBalancer)
    .listeners!.map((l) => [l.port, l.action ?? 'forward', l.targetGroupId !== null] as const)
    .sort((a, b) => a[0] - b[0]);

const EXPECTED = [
  [80, 'redirect', false],
  [443, 'forward', true],
  [8081, 'fixed-response', false],
];

describe('listeners that answer, through the exports', () => {
  it('CloudFormation: redirect and fixed-response actions, read back the same, with the notes', () => {
    const d = design();
    const out = toCloudFormation(d);
    expect(out.text).toMatch(
      /Type: redirect\n\s+RedirectConfig:\n\s+Protocol: HTTPS\n\s+Port: ['"]?443['"]?\n\s+StatusCode: HTTP_301/,
    );
    expect(out.text).toMatch(/Type: fixed-response\n\s+FixedResponseConfig:/);
    expect(out.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['listener-redirect', 'listener-fixed-response']),
    );
    const back = readCfn(out.text, { region: out.region, params: deployValues(out.parameters) });
    expect(back.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(actions(back.design!)).toEqual(EXPECTED);
    const { before, after } = compareNetworks(d, back.design!, out.notes);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
    const lb = back.design!.resources.find((r) => r.kind === 'loadBalancer')!.id;
    expect(analyzeReachability(back.design!, { from: 'internet', to: lb, protocol: 'tcp', port: 80 }).outcome).toBe(
      'delivered',
    );
  });

  it('Terraform: default_action blocks of type redirect and fixed-response, read back the same', async () => {
    const d = design();
    const out = toTerraform(d);
    const text = out.files.map((f) => f.text).join('\n');
    expect(text).toMatch(
      /type = "redirect"\n\s+redirect \{\n\s+port\s+= "443"\n\s+protocol\s+= "HTTPS"\n\s+status_code = "HTTP_301"/,
    );
    expect(text).toMatch(/type = "fixed-response"/);
    expect(out.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['listener-redirect', 'listener-fixed-response']),
    );
    const back = await readTerraform(
      out.files.map((f) => ({ path: f.name, text: f.text })),
      { vars: deployValues(out.variables), region: out.region },
    );
    expect(back.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(actions(back.design!)).toEqual(EXPECTED);
    const { before, after } = compareNetworks(d, back.design!, out.notes);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
  });
});
