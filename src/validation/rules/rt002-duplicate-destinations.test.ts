import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/builder.ts';
import { keys, run } from '../testing/findings.ts';
import { rt002 } from './rt002-duplicate-destinations.ts';

describe('RT-002 duplicate destinations', () => {
  it('accepts distinct destinations', () => {
    expect(keys(rt002, webApp().b.build())).toEqual([]);
  });
  it('reports the same destination twice, also when written differently', () => {
    const { b, vpc, igw, nat } = webApp();
    const rt = b.routeTable(vpc, {
      routes: [
        ['0.0.0.0/0', igw],
        ['0.0.0.0/0', nat],
        ['192.168.1.0/24', igw],
        ['192.168.1.7/24', nat],
      ],
    });
    const f = run(rt002, b.build());
    expect(f.map((x) => `${x.resource}:${x.params.destination}`)).toEqual([`${rt}:0.0.0.0/0`, `${rt}:192.168.1.0/24`]);
  });
});
