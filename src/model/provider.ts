export type Provider = 'aws' | 'gce' | 'azure' | 'vsphere' | 'baremetal';
export const PROVIDERS: readonly Provider[] = ['aws', 'gce', 'azure', 'vsphere', 'baremetal'];
