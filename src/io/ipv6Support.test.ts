/**
 * A transit gateway attachment's IPv6 support through the importers and exporters: CloudFormation
 * `Options.Ipv6Support`, describe-transit-gateway-vpc-attachments `Options.Ipv6Support`, Terraform
 * `ipv6_support` (via toCfn); absent means disabled, AWS's default.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TgwAttachment } from '../model/types.ts';
import { transitPair6 } from '../validation/testing/transit.ts';
import { readAws } from './aws/index.ts';
import { readCfn } from './cfn/index.ts';
import { toCloudFormation } from './iac/index.ts';

const attachment = (resources: readonly { kind: string; id: string }[] | undefined, id: string) =>
  resources?.find((r) => r.kind === 'tgwAttachment' && r.id === id) as TgwAttachment | undefined;

const template = (options: string) => `
Resources:
  Tgw: { Type: AWS::EC2::TransitGateway }
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Sub: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a } }
  Att:
    Type: AWS::EC2::TransitGatewayVpcAttachment
    Properties: { VpcId: !Ref Vpc, TransitGatewayId: !Ref Tgw, SubnetIds: [!Ref Sub]${options} }
`;

describe('tgwAttachment.ipv6Support through import and export', () => {
  it('CloudFormation: Options.Ipv6Support enable is on; disable or absent is off', () => {
    const on = readCfn(template(', Options: { Ipv6Support: enable }'), { region: 'eu-west-1' });
    expect(attachment(on.design?.resources, 'tgw-attach-Att')?.ipv6Support).toBe(true);
    const off = readCfn(template(', Options: { Ipv6Support: disable }'), { region: 'eu-west-1' });
    expect(attachment(off.design?.resources, 'tgw-attach-Att')?.ipv6Support).toBe(false);
    const none = readCfn(template(''), { region: 'eu-west-1' });
    expect(attachment(none.design?.resources, 'tgw-attach-Att')?.ipv6Support).toBe(false);
  });

  it('describe-transit-gateway-vpc-attachments: Options.Ipv6Support', () => {
    const dir = fileURLToPath(new URL('./aws/fixtures/transit/us-east-2/', import.meta.url));
    const files = readdirSync(dir).map((f) => {
      let text = readFileSync(dir + f, 'utf8');
      // The first attachment with IPv6 support, the second as the fixture has it (disable).
      if (f === 'transit-gateway-vpc-attachments.json')
        text = text.replace('"Ipv6Support": "disable"', '"Ipv6Support": "enable"');
      return { path: `transit/us-east-2/${f}`, text };
    });
    const r = readAws(files);
    expect(attachment(r.design?.resources, 'tgw-attach-0a0EXAMPLE')?.ipv6Support).toBe(true);
    expect(attachment(r.design?.resources, 'tgw-attach-0b0EXAMPLE')?.ipv6Support).toBe(false);
  });

  it('the CloudFormation export writes Ipv6Support, and its import carries IPv6 again', () => {
    const { b } = transitPair6();
    const out = toCloudFormation(b.build());
    expect(out.text).toContain('Ipv6Support: enable');
    const back = readCfn(out.text, { region: 'us-east-1' });
    const atts = back.design?.resources.filter((r) => r.kind === 'tgwAttachment') as TgwAttachment[];
    expect(atts.map((x) => x.ipv6Support)).toEqual([true, true]);
  });
});
