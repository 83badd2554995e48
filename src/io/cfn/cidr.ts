/**
 * `Fn::Cidr [ipBlock, count, cidrBits]` as CloudFormation computes it: `count` consecutive blocks of
 * `cidrBits` host bits (a /(32 − cidrBits) for IPv4, a /(128 − cidrBits) for IPv6), from the start of
 * `ipBlock`, in address order. `!Cidr ["192.168.0.0/24", 6, 5]` is 192.168.0.0/27, .32/27 … .160/27.
 * Address math with ipaddr.js (already a dependency) and BigInt, so IPv6 blocks work too.
 */
import ipaddr from 'ipaddr.js';
import { TemplateError } from './values.ts';

export function cidrSplit(ipBlock: string, count: number, cidrBits: number): string[] {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let prefix: number;
  try {
    [addr, prefix] = ipaddr.parseCIDR(ipBlock.trim());
  } catch {
    throw new TemplateError(`Fn::Cidr: "${ipBlock}" is not a CIDR block.`);
  }
  const bits = addr.kind() === 'ipv4' ? 32 : 128;
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new TemplateError(`Fn::Cidr: the count must be 1 to 256, not ${count}.`);
  const newPrefix = bits - cidrBits;
  if (!Number.isInteger(cidrBits) || cidrBits < 0 || newPrefix < prefix)
    throw new TemplateError(
      `Fn::Cidr: ${cidrBits} host bits do not fit in ${ipBlock} (the blocks would be /${newPrefix}, larger than /${prefix}).`,
    );
  if (BigInt(count) > 1n << BigInt(newPrefix - prefix))
    throw new TemplateError(
      `Fn::Cidr: ${ipBlock} holds only ${2 ** (newPrefix - prefix)} blocks of /${newPrefix}, not ${count}.`,
    );
  const bytes = addr.toByteArray();
  let start = bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
  const hostBits = BigInt(bits - prefix);
  start = (start >> hostBits) << hostBits; // the block's first address
  const step = 1n << BigInt(cidrBits);
  const out: string[] = [];
  for (let i = 0n; i < BigInt(count); i++) {
    let n = start + i * step;
    const b: number[] = [];
    for (let k = 0; k < bits / 8; k++) {
      b.unshift(Number(n & 0xffn));
      n >>= 8n;
    }
    out.push(`${ipaddr.fromByteArray(b).toString()}/${newPrefix}`);
  }
  return out;
}
