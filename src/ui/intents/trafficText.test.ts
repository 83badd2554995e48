import { describe, expect, it } from 'vitest';
import { parseTrafficText, trafficText } from './trafficText.ts';

describe('traffic text', () => {
  it('reads protocols, ports and ranges', () => {
    expect(parseTrafficText('tcp 8080, TCP 8000 - 8100, udp 53, icmp, all, 50')).toEqual([
      { protocol: 'tcp', fromPort: 8080, toPort: 8080 },
      { protocol: 'tcp', fromPort: 8000, toPort: 8100 },
      { protocol: 'udp', fromPort: 53, toPort: 53 },
      { protocol: 'icmp' },
      { protocol: 'all' },
      { protocol: 50 },
    ]);
  });

  it('writes 6, 17, 1 and -1 by name, as the format wants', () => {
    expect(parseTrafficText('6 22, 17, 1, -1')).toEqual([
      { protocol: 'tcp', fromPort: 22, toPort: 22 },
      { protocol: 'udp' },
      { protocol: 'icmp' },
      { protocol: 'all' },
    ]);
  });

  it('empty text is all traffic (no list); anything else wrong is refused', () => {
    expect(parseTrafficText('  ')).toBeUndefined();
    for (const bad of ['tcp 70000', 'tcp 90-80', 'icmp 3', 'http', '256', 'tcp 22 23'])
      expect(parseTrafficText(bad), bad).toBeNull();
  });

  it('round-trips', () => {
    const text = 'tcp 22, tcp 8000-8100, udp, 50';
    expect(trafficText(parseTrafficText(text)!)).toBe(text);
    expect(trafficText(undefined)).toBe('');
  });
});
