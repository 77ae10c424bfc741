import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'yaml';
import { addSecret } from '../../model/secrets.js';

/**
 * Which credentials of a kubeconfig and of the environment are registered as secrets, and why:
 * - kubeconfig user: `token`, `password`, `client-key-data` (and the PEM key it encodes, line by line), the
 *   secret-named fields of `auth-provider.config` (access-token, refresh-token, client-secret, id-token), and of
 *   an `exec` plugin the values of secret-named `env` entries and of secret-named flags in `args`. Not
 *   `client-certificate-data`, `idp-certificate-authority-data` or `username`: public or identifying, not secret,
 *   and identities are what RBAC error messages name to help the user. Not every exec env value or argument
 *   either: they mostly carry regions, profiles and cluster names ("us-east-1"), and redacting those everywhere
 *   would blank out half of a report. The credential an exec plugin or token file actually produces is
 *   registered from the request itself (see kubernetes.ts).
 * - environment: the cloud keys the SDKs read (AWS_ACCESS_KEY_ID too, as aws-actions/configure-aws-credentials
 *   masks it), the private key and client secret of GOOGLE_APPLICATION_CREDENTIALS, vSphere passwords, GitHub
 *   tokens, and passwords written into proxy or govc URLs.
 */

const SECRET_NAME = /token|secret|passw(or)?d|credential|private.?key|api.?key|access.?key/i;

const ENV_SECRETS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PASSWORD',
  'AZURE_PASSWORD',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GOVC_PASSWORD',
  'VSPHERE_PASSWORD',
];
const ENV_URLS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'GOVC_URL'];
const GOOGLE_KEY_FIELDS = ['private_key', 'private_key_id', 'client_secret', 'refresh_token'];
/** A service-account key is about 2.3 KB; anything far larger is not one, and is not read into memory. */
const GOOGLE_KEY_MAX_BYTES = 1024 * 1024;

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodedPem(base64: unknown): string | undefined {
  if (typeof base64 !== 'string') return undefined;
  const text = Buffer.from(base64, 'base64').toString('utf8');
  return text.includes('-----BEGIN') ? text : undefined;
}

/** Values of `--token=X`, `--token X`, `--client-secret X`...; flags with other names are left alone. */
function secretArgs(args: unknown): unknown[] {
  if (!Array.isArray(args)) return [];
  const values: unknown[] = [];
  args.forEach((arg, i) => {
    const match = typeof arg === 'string' ? /^--?([^=]+)(?:=(.*))?$/s.exec(arg) : null;
    if (!match || !SECRET_NAME.test(match[1]!)) return;
    values.push(match[2] ?? args[i + 1]);
  });
  return values;
}

/** The secrets of one kubeconfig `user:` entry, in the file's own key names. */
export function kubeconfigUserSecrets(user: unknown): unknown[] {
  if (!isObj(user)) return [];
  const values: unknown[] = [user.token, user.password, user['client-key-data'], decodedPem(user['client-key-data'])];
  const provider = user['auth-provider'];
  if (isObj(provider) && isObj(provider.config)) {
    for (const [key, value] of Object.entries(provider.config)) if (SECRET_NAME.test(key)) values.push(value);
  }
  const exec = user.exec;
  if (isObj(exec)) {
    if (Array.isArray(exec.env))
      for (const entry of exec.env)
        if (isObj(entry) && typeof entry.name === 'string' && SECRET_NAME.test(entry.name)) values.push(entry.value);
    values.push(...secretArgs(exec.args));
  }
  return values.filter((value) => value !== undefined && value !== null);
}

/** --kubeconfig and the input take a path or the content itself (as passed from a secret). */
export function looksLikeKubeconfigContent(value: string): boolean {
  return value.includes('\n') || /^\s*(apiVersion|clusters|kind)\s*:/.test(value) || value.trimStart().startsWith('{');
}

/** Registers the secrets of every user of a kubeconfig object (as parsed from YAML or JSON). */
export function registerKubeconfig(config: unknown): void {
  const users = isObj(config) && Array.isArray(config.users) ? config.users : [];
  for (const entry of users) if (isObj(entry)) for (const value of kubeconfigUserSecrets(entry.user)) addSecret(value);
}

/**
 * Registers the secrets of a kubeconfig given as text, before anything (a loader's parse error) can quote it.
 * Text that does not parse still has its values registered: the part after `key:` of every line, and lines
 * without a key (a wrapped base64 value) whole.
 */
export function registerKubeconfigContent(text: string): void {
  try {
    registerKubeconfig(parse(text));
    return;
  } catch {
    // Not YAML: fall through to the line-by-line values.
  }
  for (const line of text.split(/\r?\n|\r/)) {
    const keyed = /^\s*-?\s*[\w.-]+\s*:\s*(.*)$/.exec(line);
    addSecret((keyed ? keyed[1]! : line).replace(/^["']|["']$/g, ''));
  }
}

function urlPassword(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const password = new URL(value).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/** The secret fields of a Google credentials file; a file that is missing, huge or not JSON adds nothing. */
async function googleKeySecrets(file: string | undefined): Promise<unknown[]> {
  if (!file) return [];
  try {
    // Non-blocking, so that a FIFO in the variable cannot hang the run at open.
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > GOOGLE_KEY_MAX_BYTES) return [];
      const key = JSON.parse(await handle.readFile('utf8')) as unknown;
      return isObj(key) ? GOOGLE_KEY_FIELDS.map((field) => key[field]) : [];
    } finally {
      await handle.close();
    }
  } catch {
    // The SDK reports an unreadable key file itself, in its own words.
    return [];
  }
}

/** Registers the cloud credentials the SDKs will read from this environment. */
export async function registerEnvironment(env: NodeJS.ProcessEnv): Promise<void> {
  for (const name of ENV_SECRETS) addSecret(env[name]);
  for (const name of ENV_URLS) addSecret(urlPassword(env[name]));
  for (const value of await googleKeySecrets(env.GOOGLE_APPLICATION_CREDENTIALS)) addSecret(value);
}
