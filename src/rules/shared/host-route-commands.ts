import type { Cidr } from '../../model/cidr.js';
import { named } from '../../model/names/index.js';
import { escapeControls, hasControl, joinShell, refused, shell, type Shell } from '../../model/shell.js';
import type { HostNetwork, HostRoute } from '../../model/snapshot.js';

/** Quote characters PowerShell also reads as a single quote, and what makes a bare word a list or a splat. */
const POWERSHELL_UNSAFE = /['\u2018\u2019\u201a\u201b,]|^@/;

/**
 * A Windows adapter name as one PowerShell word. quote() writes POSIX words, which PowerShell reads alike (a
 * single-quoted string is literal in both) unless the name holds a quote of its own or makes a bare word a list.
 */
function adapterWord(alias: string): Shell {
  if (!hasControl(alias) && !POWERSHELL_UNSAFE.test(alias)) return shell`${alias}`;
  return refused(`the adapter name "${escapeControls(alias)}" holds characters PowerShell reads as quotes or lists`);
}

/** The command that adds a peer's pod CIDR via the peer, on the adapter flannel uses on Windows. */
export function addRoute(host: HostNetwork, cidr: Cidr, via: string, bridge: string | undefined): Shell {
  if (host.os !== 'windows') return shell`ip route replace ${cidr.text} via ${named('ip-address', via)}`;
  const adapter = bridge ? adapterWord(bridge) : shell`'<the L2bridge vEthernet adapter>'`;
  return shell`New-NetRoute -DestinationPrefix ${cidr.text} -NextHop ${named('ip-address', via)} -InterfaceAlias ${adapter}`;
}

/** The command that deletes exactly this route of the node's table. */
export function deleteRoute(host: HostNetwork, route: HostRoute): Shell {
  const gateway = route.gateway;
  if (host.os === 'windows') {
    const hop = shell` -NextHop ${gateway ? named('ip-address', gateway) : route.dest.family === 4 ? '0.0.0.0' : '::'}`;
    const adapter = route.interface ? shell` -InterfaceAlias ${adapterWord(route.interface)}` : shell``;
    return shell`Remove-NetRoute -DestinationPrefix ${route.dest.text}${hop}${adapter} -Confirm:$false`;
  }
  const via = gateway ? shell` via ${named('ip-address', gateway)}` : shell``;
  const dev = route.interface ? shell` dev ${route.interface}` : shell``;
  return shell`ip route del ${route.dest.text}${via}${dev}`;
}

/** Commands for one node, one after the other (Windows PowerShell 5 has no `&&`). */
export function inSequence(host: HostNetwork, commands: readonly Shell[]): Shell {
  return joinShell(commands, host.os === 'windows' ? '; ' : ' && ');
}
