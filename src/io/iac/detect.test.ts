import { describe, expect, it } from 'vitest';
import { detectIac } from './detect.ts';

describe('detectIac', () => {
  it('variable definition files go to the Terraform reader (not opened as a design)', () => {
    expect(detectIac('terraform.tfvars', 'cidr = "10.0.0.0/16"\n')).toBe('terraform-hcl');
    expect(detectIac('prod.auto.tfvars.json', '{"cidr": "10.0.0.0/16"}')).toBe('terraform-hcl');
    expect(detectIac('design.json', '{"format": "vpc-town"}')).toBe('design');
    expect(detectIac('main.tf', '')).toBe('terraform-hcl');
  });
});
