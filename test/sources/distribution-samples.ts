/** Samples of the k3s and RKE2 formats for the format-recognition table of formats.test.ts. */
export const DISTRIBUTION_SAMPLES: Record<string, { text: string; items: number }> = {
  'rke2-helmchartconfig': {
    text: `apiVersion: helm.cattle.io/v1
kind: HelmChartConfig
metadata:
  name: rke2-canal
  namespace: kube-system
spec:
  valuesContent: |-
    flannel:
      backend: "host-gw"
`,
    items: 1,
  },
  'k3s-config-yaml': { text: 'flannel-backend: host-gw\ncluster-cidr: 10.42.0.0/16\n', items: 1 },
  'rke2-config-yaml': { text: 'cni: canal\ncluster-cidr: 10.42.0.0/16\n', items: 1 },
  'k3s-or-rke2-config-yaml': { text: 'write-kubeconfig-mode: "0644"\ntls-san:\n  - "foo.local"\n', items: 1 },
};
