/**
 * A wire-protocol stand-in for the vCenter Automation REST API (vSphere 7.0U2+ `/api` paths), served over HTTPS on
 * 127.0.0.1 with a self-signed certificate made by `openssl` at start. Shapes follow the API reference
 * (developer.broadcom.com/xapis/vsphere-automation-api): `POST /api/session` answers the session id as a JSON
 * string; `GET /api/vcenter/vm` lists `{vm, name, power_state}` and answers 400 unable_to_allocate_resource
 * beyond 1,000 results; `GET /api/vcenter/vm/{vm}` has `identity` and `nics` keyed by device key;
 * `/guest/networking/interfaces` answers 503 service_unavailable while VMware Tools is not running.
 *
 * Faults: `expireSessionsOn(path)` makes every current session answer 401 (as after vCenter's idle timeout);
 * `failNext` answers a status some times; `slow` delays matching answers.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface FakeNic {
  readonly key: string;
  readonly mac: string;
  readonly network: string;
}

export interface FakeVm {
  readonly vm: string;
  readonly name: string;
  readonly biosUuid: string;
  readonly instanceUuid: string;
  readonly toolsRunning: boolean;
  readonly nics: readonly FakeNic[];
  /** The guest's interfaces, in the REST shape. */
  readonly interfaces: readonly unknown[];
}

export interface FakeVcenterState {
  readonly vms: readonly FakeVm[];
  /** Network id → name. */
  readonly networks: Readonly<Record<string, string>>;
}

interface Fault {
  readonly path: RegExp;
  readonly status: number;
  times: number;
}

export interface FakeVcenter {
  readonly url: string;
  readonly caFile: string;
  readonly ca: string;
  readonly username: string;
  readonly password: string;
  /** "GET /api/vcenter/vm?names=…" per request, in arrival order. */
  readonly requests: string[];
  /** Sessions signed in, and those deleted. */
  readonly created: string[];
  readonly deleted: string[];
  /** Expires every session when the first request for a matching path arrives (before answering it). */
  expireSessionsOn(path: RegExp): void;
  failNext(fault: Fault): void;
  slow(path: RegExp, ms: number): void;
  callCount(path: RegExp): number;
  close(): Promise<void>;
}

/** The govc 0.35 fixture's VMs as vCenter holds them: port groups get dvportgroup ids, NICs device keys. */
export async function seedFromGovc(file: string): Promise<FakeVcenterState> {
  const dump = JSON.parse(await readFile(file, 'utf8')) as { virtualMachines: any[] };
  const networks: Record<string, string> = {};
  const idOf = (name: string) => {
    const found = Object.entries(networks).find(([, n]) => n === name)?.[0];
    if (found) return found;
    const id = `dvportgroup-${2041 + Object.keys(networks).length}`;
    networks[id] = name;
    return id;
  };
  const vms = dump.virtualMachines.map((vm): FakeVm => {
    const net: any[] = vm.guest.net ?? [];
    return {
      vm: vm.self.value,
      name: vm.name,
      biosUuid: vm.config.uuid,
      instanceUuid: vm.config.instanceUuid,
      toolsRunning: vm.guest.toolsRunningStatus !== 'guestToolsNotRunning',
      nics: net
        .filter((n) => n.network)
        .map((n) => ({ key: String(n.deviceConfigId), mac: n.macAddress, network: idOf(n.network) })),
      interfaces: net.map((n) => ({
        mac_address: n.macAddress,
        ...(n.network ? { nic: String(n.deviceConfigId) } : {}),
        ip: {
          ip_addresses: n.ipConfig.ipAddress.map((a: any) => ({
            ip_address: a.ipAddress,
            prefix_length: a.prefixLength,
            origin: 'OTHER',
            state: String(a.state).toUpperCase(),
          })),
        },
      })),
    };
  });
  return { vms, networks };
}

async function makeCertificate(): Promise<{ certFile: string; key: string; cert: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-vcenter-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'ca.pem');
  // prettier-ignore
  await execFileAsync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,digitalSignature,keyCertSign', '-addext', 'extendedKeyUsage=serverAuth']);
  return { certFile, key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
}

const error = (type: string) => ({ error_type: type, messages: [] });

function vmInfo(vm: FakeVm) {
  return {
    name: vm.name,
    power_state: 'POWERED_ON',
    guest_OS: 'UBUNTU_64',
    identity: { name: vm.name, bios_uuid: vm.biosUuid, instance_uuid: vm.instanceUuid },
    nics: Object.fromEntries(
      vm.nics.map((nic) => [
        nic.key,
        {
          label: `Network adapter ${Number(nic.key) - 3999}`,
          type: 'VMXNET3',
          mac_address: nic.mac,
          state: 'CONNECTED',
          backing: { type: 'DISTRIBUTED_PORTGROUP', network: nic.network },
        },
      ]),
    ),
  };
}

/** The answer to one authenticated GET: [status, body]. */
function answer(state: FakeVcenterState, url: URL): [number, unknown] {
  const vmPath = /^\/api\/vcenter\/vm\/([^/]+)(\/.*)?$/.exec(url.pathname);
  if (url.pathname === '/api/vcenter/vm') {
    const names = url.searchParams.getAll('names');
    const listed = state.vms.filter((vm) => names.length === 0 || names.includes(vm.name));
    if (listed.length > 1000) return [400, error('UNABLE_TO_ALLOCATE_RESOURCE')];
    return [200, listed.map((vm) => ({ vm: vm.vm, name: vm.name, power_state: 'POWERED_ON' }))];
  }
  if (url.pathname === '/api/vcenter/network') {
    const ids = url.searchParams.getAll('networks');
    const listed = Object.entries(state.networks).filter(([id]) => ids.length === 0 || ids.includes(id));
    return [200, listed.map(([network, name]) => ({ network, name, type: 'DISTRIBUTED_PORTGROUP' }))];
  }
  const vm = vmPath ? state.vms.find((v) => v.vm === decodeURIComponent(vmPath[1]!)) : undefined;
  if (!vm) return [404, error('NOT_FOUND')];
  switch (vmPath![2]) {
    case undefined:
      return [200, vmInfo(vm)];
    case '/tools':
      return [200, { run_state: vm.toolsRunning ? 'RUNNING' : 'NOT_RUNNING', version_status: 'UNMANAGED' }];
    case '/guest/networking/interfaces':
      return vm.toolsRunning ? [200, vm.interfaces] : [503, error('SERVICE_UNAVAILABLE')];
    default:
      return [404, error('NOT_FOUND')];
  }
}

export async function startFakeVcenter(state: FakeVcenterState): Promise<FakeVcenter> {
  const { certFile, key, cert } = await makeCertificate();
  const username = 'k8s-readonly@vsphere.local';
  const password = 'Vc-s3cret!pass';
  const sessions = new Set<string>();
  const requests: string[] = [];
  const created: string[] = [];
  const deleted: string[] = [];
  const faults: Fault[] = [];
  const delays: { path: RegExp; ms: number }[] = [];
  let expireOn: RegExp | undefined;
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const line = `${req.method} ${req.url}`;
    requests.push(line);
    if (expireOn?.test(req.url ?? '')) {
      expireOn = undefined;
      sessions.clear();
    }
    const fault = faults.find((f) => f.times > 0 && f.path.test(req.url ?? ''));
    if (fault) {
      fault.times--;
      return send(res, fault.status, error('SERVICE_UNAVAILABLE'));
    }
    const delay = delays.find((d) => d.path.test(req.url ?? ''));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms));
    const url = new URL(req.url ?? '/', 'https://fake.invalid');
    const session = String(req.headers['vmware-api-session-id'] ?? '');
    if (url.pathname === '/api/session' && req.method === 'POST') {
      const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
      if (req.headers.authorization !== basic) return send(res, 401, error('UNAUTHENTICATED'));
      const id = `b2e1${created.length}f0c9d8a7e6b5c4d3a2f1e0d9c8b7a6f5e4`;
      sessions.add(id);
      created.push(id);
      return send(res, 201, id);
    }
    if (!sessions.has(session)) return send(res, 401, error('UNAUTHENTICATED'));
    if (url.pathname === '/api/session' && req.method === 'DELETE') {
      sessions.delete(session);
      deleted.push(session);
      return send(res, 204, undefined);
    }
    if (req.method !== 'GET') return send(res, 405, error('OPERATION_NOT_FOUND'));
    const [status, body] = answer(state, url);
    return send(res, status, body);
  };
  const server = https.createServer({ key, cert }, (req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    caFile: certFile,
    ca: cert,
    username,
    password,
    requests,
    created,
    deleted,
    expireSessionsOn: (p) => {
      expireOn = p;
    },
    failNext: (f) => faults.push({ ...f }),
    slow: (p, ms) => delays.push({ path: p, ms }),
    callCount: (p) => requests.filter((r) => p.test(r)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
