import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The GCE metadata server, as far as Application Default Credentials use it: google-auth-library on a GCE VM
 * (or a GitHub runner on GCE) gets its token here. Point GCE_METADATA_HOST at it to run ADC unchanged.
 */
export interface FakeMetadata {
  readonly host: string;
  readonly tokenRequests: () => number;
  close(): Promise<void>;
}

export async function startFakeMetadata(project: string, token = 'ya29.fake-metadata-token'): Promise<FakeMetadata> {
  let tokens = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.headers['metadata-flavor'] !== 'Google') {
      res.writeHead(403).end('Missing Metadata-Flavor:Google header.');
      return;
    }
    const reply = (status: number, body: string, type = 'application/text') =>
      res.writeHead(status, { 'content-type': type, 'metadata-flavor': 'Google' }).end(body);
    if (path === '/computeMetadata/v1/instance/service-accounts/default/token') {
      tokens++;
      reply(200, JSON.stringify({ access_token: token, expires_in: 3599, token_type: 'Bearer' }), 'application/json');
    } else if (path === '/computeMetadata/v1/project/project-id') reply(200, project);
    else if (path === '/computeMetadata/v1/instance' || path === '/computeMetadata/v1/instance/')
      reply(200, 'attributes/\nid\nzone\n');
    else if (path === '/computeMetadata/v1/instance/service-accounts/default/email')
      reply(200, `hostgw@${project}.iam.gserviceaccount.com`);
    else reply(404, 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    tokenRequests: () => tokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
