/**
 * The intents panel's traffic field: `tcp 8080, tcp 8000-8100, udp 53, icmp, all, 50` ⇄ the
 * intent's traffic list (model/intents.ts). Empty text is no list (all traffic). Pure.
 */
import { NAMED_PROTOCOL_NUMBERS, type IpProtocol } from '../../model/kinds/fields.ts';
import type { IntentTraffic } from '../../model/intents.ts';

const ITEM = /^(tcp|udp|icmp|all|-1|\d{1,3})(?:\s+(\d{1,5})(?:\s*-\s*(\d{1,5}))?)?$/i;

/** The list the text says, or null when some item is not traffic. */
export function parseTrafficText(text: string): IntentTraffic[] | null | undefined {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) return undefined;
  const out: IntentTraffic[] = [];
  for (const item of items) {
    const m = ITEM.exec(item);
    if (!m) return null;
    const word = m[1]!.toLowerCase();
    let protocol: IpProtocol;
    if (word === 'tcp' || word === 'udp' || word === 'icmp' || word === 'all') protocol = word;
    else if (word === '-1') protocol = 'all';
    else {
      const n = Number(word);
      if (n > 255) return null;
      protocol = NAMED_PROTOCOL_NUMBERS[n] ?? n;
    }
    const ported = protocol === 'tcp' || protocol === 'udp';
    if (m[2] === undefined) {
      out.push({ protocol });
      continue;
    }
    if (!ported) return null;
    const from = Number(m[2]);
    const to = m[3] === undefined ? from : Number(m[3]);
    if (from > 65535 || to > 65535 || from > to) return null;
    out.push({ protocol, fromPort: from, toPort: to });
  }
  return out;
}

/** The text of a list (the inverse of parseTrafficText). */
export function trafficText(list: readonly IntentTraffic[] | undefined): string {
  if (!list?.length) return '';
  return list
    .map((t) => {
      const p = String(t.protocol);
      if (t.fromPort === undefined && t.toPort === undefined) return p;
      const from = t.fromPort ?? 0;
      const to = t.toPort ?? 65535;
      return from === to ? `${p} ${from}` : `${p} ${from}-${to}`;
    })
    .join(', ');
}
