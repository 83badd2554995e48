/**
 * `vpc-town import cfn` and templates given to `validate` and `reach`, as a team's CI runs them: the
 * built CLI in a child process, on the public templates of the corpus (src/io/cfn/fixtures).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../src/model/types.ts';
import { cli, useBuiltCli, design } from './testing/cli.ts';

const { tmp } = useBuiltCli('vt-cli-cfn-');
const FIX = 'src/io/cfn/fixtures';
const PEERING = `${FIX}/awslabs-vpc-peering-requester.yaml`;
const NAT = `${FIX}/awslabs-vpc-managed-nat.yaml`;
const ECS = `${FIX}/awslabs-ecs-fargate-private-vpc.yaml`;
const PEER_PARAMS = [
  '--param',
  'PeerName=partner',
  '--param',
  'PeerOwnerId=111122223333',
  '--param',
  'PeerRoleARN=arn:aws:iam::111122223333:role/peer',
  '--param',
  'PeerVPCID=vpc-0123456789abcdef0',
  '--param',
  'VPCID=vpc-0aaaabbbbccccdddd',
];

type Box = Resource & { size?: { width: number; height: number } };

describe('vpc-town import cfn', { timeout: 60_000 }, () => {
  it('imports a template with --param values to -o; the report names the parameters and the placeholders', () => {
    const out = join(tmp, 'peering.json');
    const r = cli('import', 'cfn', PEERING, ...PEER_PARAMS, '--region', 'eu-central-1', '-o', out, '--name', 'Peering');
    expect(r.code, r.stderr).toBe(1); // warnings: both VPCs are outside the template
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('parameter PeerVPCID = "vpc-0123456789abcdef0" (given)');
    expect(r.stderr).toMatch(/warning .*vpc-0123456789abcdef0, which is not in the template.*\[missing-reference\]/);
    expect(r.stderr).toContain(`wrote ${out}`);
    const d = design(readFileSync(out, 'utf8'));
    expect(d.name).toBe('Peering');
    const pcx = d.resources.find((x) => x.id === 'pcx-VPCPeeringConnection') as Resource & { accepterVpcId: string };
    expect(pcx.accepterVpcId).toBe('vpc-0123456789abcdef0');
    expect(d.resources.find((x) => x.kind === 'region')).toMatchObject({ code: 'eu-central-1' });
  });

  it('refuses a template whose parameters are missing, naming each (exit 2, nothing on stdout)', () => {
    const r = cli('import', 'cfn', PEERING);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const name of ['PeerName', 'PeerOwnerId', 'PeerRoleARN', 'PeerVPCID', 'VPCID'])
      expect(r.stderr).toContain(`--param ${name}=VALUE`);
    expect(r.stderr).toContain('Refused: nothing was imported.');
  });

  it('writes a nested layout to stdout, in the region given (exit 0: only infos)', () => {
    const r = cli('import', 'cfn', NAT, '--region', 'eu-west-1');
    expect(r.code, r.stderr).toBe(0);
    const d = design(r.stdout);
    const byId = new Map(d.resources.map((x) => [x.id, x as Box]));
    expect(byId.get('subnet-PrivateSubnet1')?.parent).toBe('az-vpc-VPC-eu-west-1b');
    let checked = 0;
    for (const child of d.resources as Box[]) {
      const parent = child.parent ? byId.get(child.parent) : undefined;
      if (!parent?.size) continue;
      expect(child.position.x + (child.size?.width ?? 1)).toBeLessThanOrEqual(parent.size.width);
      expect(child.position.y + (child.size?.height ?? 1)).toBeLessThanOrEqual(parent.size.height);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives a syntax error its line and column; a bad --param or a missing file is a usage error', () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::Subnet\n');
    const r = cli('import', 'cfn', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error ${bad}:4:5:`);
    expect(cli('import', 'cfn', NAT, '--param', 'novalue')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--param takes KEY=VALUE'),
    });
    expect(cli('import', 'cfn', join(tmp, 'missing.yaml'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
    expect(cli('import', 'cfn')).toMatchObject({ code: 2, stderr: expect.stringContaining('one template FILE') });
  });
});

describe('validate and reach read a template', { timeout: 60_000 }, () => {
  it('validate TEMPLATE imports first (the report prefixed "import:"), then prints findings', () => {
    const r = cli('validate', NAT);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^import: read .*CloudFormation template \(YAML\)/m);
    expect(r.stdout).toContain('NACL-004');
    expect(r.stdout).toMatch(/0 errors, \d+ warnings?, \d+ infos?\./);
  });

  it('reach TEMPLATE: the public load balancer takes port 80 from the internet, the internal one does not', () => {
    const pub = cli(
      'reach',
      ECS,
      '--from',
      'internet',
      '--to',
      'alb-PublicLoadBalancer',
      '--protocol',
      'tcp',
      '--port',
      '80',
    );
    // The listener forwards to a target group whose targets the ECS service registers when it is
    // deployed: the load balancer takes the traffic, and where it goes on is not known.
    expect(pub.code, pub.stdout).toBe(1);
    expect(pub.stdout).toContain('takes the traffic at listener HTTP 80');
    expect(pub.stdout).toContain('registered when it is deployed');
    const internal = cli(
      'reach',
      ECS,
      '--from',
      'internet',
      '--to',
      'alb-PrivateLoadBalancer',
      '--protocol',
      'tcp',
      '--port',
      '80',
    );
    expect(internal.code).toBe(1);
  });

  it('a template with missing parameters is refused with a pointer to import cfn --param', () => {
    const r = cli('validate', PEERING);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('import cfn FILE --param KEY=VALUE');
  });
});
