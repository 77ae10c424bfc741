import type { FormatReader } from '../format.js';
import { ipJsonAddr, ipJsonRoute } from './ip-json.js';
import { netIpAddress, netRoute } from './powershell.js';

/** What a node's own OS reports: Linux iproute2 JSON and Windows PowerShell's ConvertTo-Json. */
export const HOST_READERS: readonly FormatReader[] = [ipJsonAddr, ipJsonRoute, netIpAddress, netRoute];
