/** The region a configuration is drawn in when neither its provider nor the command names one. */
import { describe, expect, it } from 'vitest';
import { readTerraform } from './index.ts';

const subnets = (...zones: string[]) => `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
${zones
  .map(
    (z, i) => `resource "aws_subnet" "s${i}" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.${i}.0/24"
  availability_zone = "${z}"
}`,
  )
  .join('\n')}
`;

const read = (text: string, region?: string) => readTerraform([{ path: 'main.tf', text }], { region });
const regionOf = (r: Awaited<ReturnType<typeof read>>) =>
  r.design!.resources.find((x) => x.kind === 'region') as unknown as { code: string };

describe('the region of a configuration that names none', () => {
  it('is the region of the zones its subnets name, reported as such', async () => {
    const r = await read(subnets('eu-west-1a', 'eu-west-1b'));
    expect(regionOf(r).code).toBe('eu-west-1');
    const p = r.report.problems.find((x) => x.code === 'region-from-zones');
    expect(p?.params).toEqual({ region: 'eu-west-1' });
    expect(r.report.problems.map((x) => x.code)).not.toContain('region-assumed');
    // Each zone sits in the region, not in us-east-1.
    const zones = r.design!.resources.filter((x) => x.kind === 'az').map((x) => (x as unknown as { zone: string }).zone);
    expect(zones.sort()).toEqual(['eu-west-1a', 'eu-west-1b']);
  });

  it('is the default, reported, when the zones lie in two regions', async () => {
    const r = await read(subnets('eu-west-1a', 'ap-northeast-2a'));
    expect(regionOf(r).code).toBe('us-east-1');
    expect(r.report.problems.map((x) => x.code)).toContain('region-assumed');
  });

  it('gives way to the region the command names', async () => {
    const r = await read(subnets('eu-west-1a'), 'eu-central-1');
    expect(regionOf(r).code).toBe('eu-central-1');
    expect(r.report.problems.map((x) => x.code)).not.toContain('region-from-zones');
  });

  it('reads a GovCloud zone name', async () => {
    const r = await read(subnets('us-gov-west-1a'));
    expect(regionOf(r).code).toBe('us-gov-west-1');
  });
});
