import type { FixAction } from '../types.js';
import { FixDenied, type Applier } from './types.js';

type Ec2Module = typeof import('@aws-sdk/client-ec2');

function explain(error: unknown, api: string): FixDenied {
  const e = error as { name?: string; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  if (/UnauthorizedOperation|AccessDenied/.test(e.name ?? '')) {
    const scp = /service control policy|explicit deny/i.test(message) ? ' (an explicit deny, e.g. a service control policy)' : '';
    return new FixDenied(`${api} was denied${scp}: ${message}`, scp ? 'policy' : 'permission', scp ? { provider: 'aws', kind: 'aws-scp', name: 'a service control policy (an explicit deny)' } : undefined);
  }
  return new FixDenied(`${api} failed: ${e.name ?? 'Error'}: ${message}`, 'failed');
}

export const awsApplier: Applier = {
  async apply(action: FixAction, options) {
    const ec2: Ec2Module = await import('@aws-sdk/client-ec2');
    const region = ('region' in action ? action.region : undefined) ?? options.awsRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    const client = new ec2.EC2Client({ region, endpoint: options.awsEndpoint, maxAttempts: 5 });
    try {
      if (action.kind === 'aws-eni-source-dest-check') {
        await client.send(new ec2.ModifyNetworkInterfaceAttributeCommand({ NetworkInterfaceId: action.eniId, SourceDestCheck: { Value: false } })).catch((error) => {
          throw explain(error, 'ec2:ModifyNetworkInterfaceAttribute');
        });
        return `source/destination check off on ${action.eniId}`;
      }
      if (action.kind === 'aws-instance-source-dest-check') {
        await client.send(new ec2.ModifyInstanceAttributeCommand({ InstanceId: action.instanceId, SourceDestCheck: { Value: false } })).catch((error) => {
          throw explain(error, 'ec2:ModifyInstanceAttribute');
        });
        return `source/destination check off on ${action.instanceId}`;
      }
      throw new FixDenied(`${action.kind} is not an AWS action`, 'failed');
    } finally {
      client.destroy();
    }
  },
};
