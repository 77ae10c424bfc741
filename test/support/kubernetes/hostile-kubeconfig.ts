import { stringify } from 'yaml';

/** Credentials of a kubeconfig with one user per kind of secret; `fake`'s token is the one the fake accepts. */
export const TOKEN = 'kube-tok-Q7sV9xLm2pR4tY8w';
export const PASSWORD = 'basic-pass-Hn3Kd8Lq';
export const OIDC_CLIENT_SECRET = 'oidc-client-secret-Fp6Rt2';
export const OIDC_REFRESH = 'oidc-refresh-Zt5Wc1Vb';
export const EXEC_ENV_SECRET = 'exec-env-secret-Mm4Gh2Jk';
/** What the exec plugin prints as its credential: found only in the request, never in the kubeconfig. */
export const EXEC_ISSUED = 'exec-issued-Yq3Nn8Ws';
/** Not secret, and redacting it would blank out every AWS zone in a report: never masked. */
export const EXEC_REGION = 'us-east-1';
export const KEY_LINES = [
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7hostgwKey1',
  'Zm9vYmFyYmF6cXV4ZmFrZWtleWxpbmUyZm9vYmFyYmF6cXV4ZmFrZWtleWxp2',
];
export const KEY_PEM = `-----BEGIN PRIVATE KEY-----\n${KEY_LINES.join('\n')}\n-----END PRIVATE KEY-----\n`;
export const KEY_DATA = Buffer.from(KEY_PEM).toString('base64');

export const ALL_SECRETS = [TOKEN, PASSWORD, OIDC_CLIENT_SECRET, OIDC_REFRESH, EXEC_ENV_SECRET];

const EXEC_SCRIPT = `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: '${EXEC_ISSUED}' } }))`;

/** `current` picks the user the run authenticates as: the static token, or the exec plugin. */
export function hostileKubeconfig(server: string, current: 'fake' | 'exec' = 'fake'): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'fake', cluster: { server, 'insecure-skip-tls-verify': true } }],
    users: [
      { name: 'fake', user: { token: TOKEN } },
      { name: 'basic', user: { username: 'ci-deployer', password: PASSWORD } },
      {
        name: 'oidc',
        user: {
          'auth-provider': {
            name: 'oidc',
            config: {
              'client-id': 'hostgw',
              'client-secret': OIDC_CLIENT_SECRET,
              'refresh-token': OIDC_REFRESH,
              'idp-issuer-url': 'https://issuer.example',
            },
          },
        },
      },
      {
        name: 'exec',
        user: {
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1beta1',
            command: process.execPath,
            args: ['-e', EXEC_SCRIPT],
            env: [
              { name: 'VAULT_TOKEN', value: EXEC_ENV_SECRET },
              { name: 'AWS_REGION', value: EXEC_REGION },
            ],
            interactiveMode: 'Never',
          },
        },
      },
      { name: 'cert', user: { 'client-key-data': KEY_DATA } },
    ],
    contexts: [
      { name: 'fake', context: { cluster: 'fake', user: 'fake' } },
      { name: 'exec', context: { cluster: 'fake', user: 'exec' } },
    ],
    'current-context': current,
  });
}

/** Nodes whose names are the other secrets: what a cluster (or an echoing proxy) could hand back. */
export function nodesNamed(names: readonly string[]): unknown[] {
  return names.map((name) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, annotations: { 'example.test/note': `holds ${name}` } },
    spec: {},
    status: { addresses: [] },
  }));
}
