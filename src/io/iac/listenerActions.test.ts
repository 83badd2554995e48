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

describe('a network load balancer drawn with listener ports only', () => {
  function nlbPortsOnly(): Design {
    const { b, lb } = nlbApp();
    b.patch(lb, { name: 'edge-nlb', listenerPorts: [80, 443], listeners: undefined });
    const d = b.build();
    // The fixture's target group stays, unused: only the load balancer's own listeners matter here.
    return d;
  }

  it('CloudFormation: each listener forwards to an empty target group of its own (never a fixed response)', () => {
    const d = nlbPortsOnly();
    const out = toCloudFormation(d);
    expect(out.text).not.toContain('fixed-response');
    expect(out.text).toMatch(/EdgeNlbLoadBalancerTargetGroup80:\n\s+Type: AWS::ElasticLoadBalancingV2::TargetGroup/);
    expect(out.text).toMatch(/Type: forward\n\s+TargetGroupArn: !Ref EdgeNlbLoadBalancerTargetGroup443/);
    expect(out.notes.find((n) => n.code === 'nlb-listener-targets')?.params).toMatchObject({ ports: '80, 443' });
    const back = readCfn(out.text, { region: out.region, params: deployValues(out.parameters) }).design!;
    const lb = back.resources.find((r) => r.kind === 'loadBalancer') as LoadBalancer;
    expect(lb.listeners!.map((l) => [l.protocol, l.port])).toEqual([
      ['TCP', 80],
      ['TLS', 443],
    ]);
    // Until targets are registered, where the traffic goes is not known: unknown, not delivered.
    expect(analyzeReachability(back, { from: 'internet', to: lb.id, protocol: 'tcp', port: 80 }).outcome).toBe(
      'unknown',
    );
    const { before, after } = compareNetworks(d, back, out.notes);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
  });

  it('Terraform: aws_lb_target_group per port and listeners that forward to them', async () => {
    const d = nlbPortsOnly();
    const out = toTerraform(d);
    const text = out.files.map((f) => f.text).join('\n');
    expect(text).not.toContain('fixed-response');
    expect(text).toMatch(/resource "aws_lb_target_group" "edge_nlb_80"/);
    expect(text).toMatch(/type\s+= "forward"\n\s+target_group_arn = aws_lb_target_group\.edge_nlb_443\.arn/);
    const back = await readTerraform(
      out.files.map((f) => ({ path: f.name, text: f.text })),
      { vars: deployValues(out.variables), region: out.region },
    );
    const lb = back.design!.resources.find((r) => r.kind === 'loadBalancer') as LoadBalancer;
    expect(lb.listeners!.map((l) => l.port).sort((x, y) => x - y)).toEqual([80, 443]);
    const { before, after } = compareNetworks(d, back.design!, out.notes);
    expect(Object.fromEntries(after.answers)).toEqual(Object.fromEntries(before.answers));
  });
});
