import http from 'node:http';
import https from 'node:https';
import { UserError } from '../../../errors.js';
import { addSecret } from '../../../model/secrets.js';
import { withRetry } from '../../../sources/live/retry.js';
import type { Budget } from '../../../sources/live/types.js';

/** Where vCenter is and who signs in: from --vsphere-server, GOVC_URL and govc's or Terraform's variables. */
export interface VcenterTarget {
  /** https://vcenter.example.com, without a path: the Automation API lives at /api. */
  readonly origin: string;
  readonly username: string;
  readonly password: string;
}

/** An HTTP answer other than 2xx, shaped so retry.ts sees its status and Retry-After. */
export class VcenterHttpError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string | string[] | undefined>,
    what: string,
  ) {
    super(`vCenter answered ${status} while ${what}`);
  }
}

function parseServer(server: string, label: string): URL {
  try {
    return new URL(/^[a-z]+:\/\//i.test(server) ? server : `https://${server}`);
  } catch {
    throw new UserError(`${label}: not a URL: ${server}`);
  }
}

/**
 * `--vsphere-server` wins over GOVC_URL; credentials embedded in either URL (govc's `user:pass@host`) come before
 * GOVC_USERNAME/GOVC_PASSWORD and VSPHERE_USER/VSPHERE_PASSWORD. govc's `/sdk` path, and any other, is dropped.
 */
export function vcenterTarget(server: string | undefined, env: NodeJS.ProcessEnv): VcenterTarget {
  const given = server ?? env.GOVC_URL;
  if (!given) throw new UserError('vSphere live mode needs --vsphere-server (input "vsphere-server") or GOVC_URL');
  const url = parseServer(given, server ? '--vsphere-server' : 'GOVC_URL');
  const embeddedPassword = url.password ? decodeURIComponent(url.password) : undefined;
  addSecret(embeddedPassword);
  const username =
    (url.username ? decodeURIComponent(url.username) : undefined) ?? env.GOVC_USERNAME ?? env.VSPHERE_USER;
  const password = embeddedPassword ?? env.GOVC_PASSWORD ?? env.VSPHERE_PASSWORD;
  if (!username || !password)
    throw new UserError(
      'vSphere live mode needs GOVC_USERNAME and GOVC_PASSWORD (or VSPHERE_USER and VSPHERE_PASSWORD)',
    );
  addSecret(password);
  return { origin: url.origin, username, password };
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

const UNTRUSTED = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS/;

/** A certificate vCenter's CA does not vouch for is the user's to fix, in one line, not a retry or a stack. */
function explained(error: NodeJS.ErrnoException, url: string): Error {
  if (!UNTRUSTED.test(error.code ?? '')) return error;
  return new UserError(
    `vCenter ${new URL(url).origin}: its TLS certificate is not trusted (${error.code}); put its CA certificate in the file NODE_EXTRA_CA_CERTS names`,
  );
}

/** Plain node:http(s): TLS trust is Node's default, which NODE_EXTRA_CA_CERTS extends; there is no insecure switch. */
function send(method: string, url: string, headers: Record<string, string>): Promise<Answer> {
  const transport = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method, headers: { accept: 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    request.on('error', (error: NodeJS.ErrnoException) => reject(explained(error, url)));
    request.end();
  });
}

/** One signed-in session: every call retried within the budget, and a session that expired signed in again once. */
export class VcenterSession {
  private sessionId = '';
  private renewal: Promise<void> | undefined;

  private constructor(
    private readonly target: VcenterTarget,
    private readonly budget: Budget,
  ) {}

  static async open(target: VcenterTarget, budget: Budget): Promise<VcenterSession> {
    const session = new VcenterSession(target, budget);
    await session.signIn();
    return session;
  }

  private async signIn(): Promise<void> {
    const basic = Buffer.from(`${this.target.username}:${this.target.password}`).toString('base64');
    addSecret(basic);
    const answer = await this.call('POST', '/api/session', 'signing in to vCenter', {
      authorization: `Basic ${basic}`,
    });
    if (answer.status === 401 || answer.status === 403)
      throw new UserError(
        `vCenter ${this.target.origin} refused the sign-in of ${this.target.username} (${answer.status})`,
      );
    const id = this.json(answer, 'POST /api/session');
    if (typeof id !== 'string')
      throw new UserError(`vCenter ${this.target.origin}: POST /api/session gave no session id`);
    addSecret(id);
    this.sessionId = id;
  }

  private async call(method: string, path: string, what: string, headers: Record<string, string>): Promise<Answer> {
    return withRetry(what, this.budget, 'vsphere', async () => {
      const answer = await send(method, `${this.target.origin}${path}`, headers);
      if (answer.status >= 500 || answer.status === 429)
        throw new VcenterHttpError(answer.status, answer.headers, what);
      return answer;
    });
  }

  /** Calls that met the same expired session in parallel share one new sign-in. */
  private async renew(expired: string): Promise<void> {
    if (this.sessionId !== expired) return;
    this.renewal ??= this.signIn().finally(() => {
      this.renewal = undefined;
    });
    await this.renewal;
  }

  /** The JSON body of a GET; undefined on 404 (a VM deleted meanwhile), a VcenterHttpError on 403 and others. */
  async get(path: string, what: string): Promise<unknown> {
    const used = this.sessionId;
    let answer = await this.call('GET', path, what, { 'vmware-api-session-id': used });
    if (answer.status === 401) {
      await this.renew(used);
      answer = await this.call('GET', path, what, { 'vmware-api-session-id': this.sessionId });
    }
    if (answer.status === 404) return undefined;
    if (answer.status < 200 || answer.status >= 300) throw new VcenterHttpError(answer.status, answer.headers, what);
    return this.json(answer, `GET ${path}`);
  }

  /** A proxy's HTML page or a cut-off answer is named, not a SyntaxError. */
  private json(answer: Answer, request: string): unknown {
    try {
      return JSON.parse(answer.body) as unknown;
    } catch {
      throw new UserError(`vCenter ${this.target.origin}: ${request} answered ${answer.status} with no JSON body`);
    }
  }

  /** Ends the session; a failure here must not hide the run's own result or error. */
  async close(): Promise<void> {
    try {
      await send('DELETE', `${this.target.origin}/api/session`, { 'vmware-api-session-id': this.sessionId });
    } catch {
      // The session expires on its own after vCenter's idle timeout.
    }
  }
}
