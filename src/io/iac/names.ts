/**
 * Names in the written code, from the design's names: CloudFormation logical ids in PascalCase
 * (`PublicSubnetA`), Terraform resource names in snake_case (`public_a`). A name is unique in its
 * namespace (a template's logical ids; one Terraform resource type) and stable: it depends only
 * on the resource's own name and on the names taken before it, in the exporters' fixed order.
 */

/** The words of a name: letters and digits, split at anything else and at lower→upper case changes. */
export function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A trailing word that tells siblings apart (`a`, `b`, `2`): written after the kind's word. */
const isSuffix = (w: string) => w.length === 1 || /^\d+$/.test(w);

/**
 * A CloudFormation logical id (letters and digits only, 255 at most) for a resource of a kind whose
 * word is `kindWord` (`Subnet`): the name's words without the kind's abbreviations (`abbreviations`,
 * lower case), then the kind's word, then the trailing letters or numbers: `public-a` → `PublicSubnetA`,
 * `web-sg` → `WebSecurityGroup`, `igw` → `InternetGateway`.
 */
export function pascalName(name: string, kindWord: string, abbreviations: readonly string[] = []): string {
  const ws = words(name).filter((w) => !abbreviations.includes(w));
  let cut = ws.length;
  while (cut > 0 && isSuffix(ws[cut - 1]!)) cut--;
  const head = ws.slice(0, cut).map(cap).join('');
  const tail = ws.slice(cut).map(cap).join('');
  const id = `${head}${kindWord}${tail}`;
  return /^[A-Za-z]/.test(id) ? id.slice(0, 200) : `R${id}`.slice(0, 200);
}

/** A Terraform name (a letter first; letters, digits, `_`): `public-a` → `public_a`; `fallback` when nothing is left. */
export function snakeName(name: string, fallback: string): string {
  const s = words(name).join('_').slice(0, 60);
  if (!s) return fallback;
  return /^[a-z]/.test(s) ? s : `${fallback}_${s}`;
}

/** Hands out unique names in one namespace: the second `web` is `web2` (or `web_2`). */
export class Namer {
  private readonly taken = new Set<string>();
  constructor(private readonly separator: '' | '_' = '') {}

  take(base: string): string {
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}${this.separator}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
