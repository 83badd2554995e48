/** The English prose of the transit gateway and VPN steps of the path engine (see prose.ts). */

export const tgwTargetProse = {
  tgwNotAttached: (tgw: string, vpc: string) => `${vpc} has no attachment to transit gateway ${tgw}`,
  vgwNotAttached: (vgw: string, vpc: string) => `virtual private gateway ${vgw} is not attached to ${vpc}`,
};

export const tgwProse = {
  noSubnetInZone: (attachment: string, zone: string) =>
    `${attachment} has no subnet in ${zone || 'the source’s Availability Zone'}: resources there cannot reach the transit gateway`,
  noAssociation: (attachment: string) =>
    `${attachment} is associated with no transit gateway route table, so the transit gateway cannot route its traffic`,
  entered: (attachment: string, tgw: string, subnet: string) =>
    `into transit gateway ${tgw} through ${attachment} (its subnet ${subnet})`,
  noRoute: (table: string, dst: string) => `transit gateway route table ${table} has no route to ${dst}`,
  chosen: (table: string, route: string, dst: string) => `${table}: route ${route} (longest prefix match for ${dst})`,
  blackhole: (table: string, route: string, dst: string) => `${table}: route ${route} for ${dst} is a blackhole`,
  blackholeOver: (text: string, samePrefix: boolean, alternative: string) =>
    `${text}; it ${samePrefix ? 'takes priority over' : 'is more specific than'} route ${alternative}, which would deliver`,
  deadTarget: (table: string, route: string, dst: string) =>
    `${table}: route ${route} for ${dst} names an attachment that is not there (a blackhole)`,
  outside: (vpc: string, dst: string) => `${dst} is not an address of ${vpc}, which ${'the route'} sends it to`,
  out: (attachment: string, vpc: string, subnet: string) =>
    `out of the transit gateway into ${vpc} through ${attachment} (its subnet ${subnet})`,
  noSubnets: (attachment: string) => `${attachment} has no subnets: the transit gateway cannot deliver into its VPC`,
  vpnExit: (vpn: string, cgw: string) => `through site-to-site VPN ${vpn} to customer gateway ${cgw} (on premises)`,
  vpnNotOnPrem: (vpn: string, dst: string) =>
    `${dst} is in the design, behind VPN ${vpn}: what the on-premises network does with it is not known`,
  vgwNoVpn: (vgw: string, dst: string) => `virtual private gateway ${vgw} has no VPN connection with a route to ${dst}`,
  backNoRoute: (table: string, src: string) => `transit gateway route table ${table} has no route back to ${src}`,
  backWrong: (table: string, src: string, route: string, expected: string) =>
    `transit gateway route table ${table} sends the replies for ${src} by ${route}, not back to ${expected}`,
  backPass: (table: string, route: string, src: string) => `${table}: the replies to ${src} take route ${route}`,
};
