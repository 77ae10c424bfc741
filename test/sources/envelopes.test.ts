import { describe, expect, it } from 'vitest';
import { isEmptyPage, itemPath, keyedItems, typedItems } from '../../src/sources/envelopes.js';

const route = (name: string) => ({ kind: 'compute#route', name });
const warning = { warning: { code: 'NO_RESULTS_ON_PAGE', data: [{ key: 'scope', value: 'zones/b' }] } };

describe('typedItems', () => {
  it('finds the items of a bare array, a Google list page and a Resource Manager page, with their paths', () => {
    const bare = typedItems([route('a'), route('b')], 'kind', 'compute#route')!;
    expect(bare.map((group) => itemPath(group, 1))).toEqual([[1]]);
    const page = typedItems({ kind: 'compute#routeList', items: [route('a')] }, 'kind', 'compute#route')!;
    expect(itemPath(page[0]!, 0)).toEqual(['items', 0]);
    const arm = typedItems(
      { value: [{ type: 'Microsoft.Network/routeTables' }] },
      'type',
      'microsoft.network/ROUTETABLES',
    )!;
    expect(itemPath(arm[0]!, 0)).toEqual(['value', 0]);
  });

  it('takes a Google list without items as empty, and one without its kind only when its items say what they are', () => {
    expect(typedItems({ kind: 'compute#routeList', id: 'projects/p/global/routes' }, 'kind', 'compute#route')).toEqual([
      { items: [], path: ['items'] },
    ]);
    expect(typedItems({ items: [route('a')] }, 'kind', 'compute#route')).toHaveLength(1);
    expect(typedItems({ items: [{ name: 'a' }] }, 'kind', 'compute#route')).toBeUndefined();
  });

  it('walks the scopes of an aggregated list, leaving out warnings', () => {
    const instance = { kind: 'compute#instance', name: 'n' };
    const aggregated = {
      kind: 'compute#instanceAggregatedList',
      items: { 'zones/a': { instances: [instance] }, 'zones/b': warning },
    };
    const groups = typedItems(aggregated, 'kind', 'compute#instance')!;
    expect(groups.map((group) => itemPath(group, 0))).toEqual([['items', 'zones/a', 'instances', 0]]);
    // An aggregated list of nothing but warnings is still this kind's list; without its kind it is nobody's.
    expect(typedItems({ ...aggregated, items: { 'zones/b': warning } }, 'kind', 'compute#instance')).toEqual([]);
    expect(typedItems({ items: { 'zones/b': warning } }, 'kind', 'compute#instance')).toBeUndefined();
    expect(typedItems(aggregated, 'kind', 'compute#subnetwork')).toBeUndefined();
  });

  it('takes one typed object as a list of one at the document root', () => {
    const groups = typedItems(
      { type: 'Microsoft.Network/networkInterfaces', id: 'x' },
      'type',
      'Microsoft.Network/networkInterfaces',
    )!;
    expect(groups[0]!.items).toHaveLength(1);
    expect(itemPath(groups[0]!, 0)).toEqual([]);
  });
});

describe('keyedItems', () => {
  const isSubnet = (item: Record<string, unknown>) => typeof item.SubnetId === 'string';
  it('reads the page, a --query array and one --query item', () => {
    expect(itemPath(keyedItems({ Subnets: [{}] }, 'Subnets', isSubnet)!, 0)).toEqual(['Subnets', 0]);
    expect(itemPath(keyedItems([{ SubnetId: 's' }], 'Subnets', isSubnet)!, 0)).toEqual([0]);
    expect(itemPath(keyedItems({ SubnetId: 's' }, 'Subnets', isSubnet)!, 0)).toEqual([]);
    expect(keyedItems([{ VpcId: 'v' }], 'Subnets', isSubnet)).toBeUndefined();
    expect(keyedItems({ Vpcs: [] }, 'Subnets', isSubnet)).toBeUndefined();
  });
});

describe('isEmptyPage', () => {
  it('is an empty Resource Manager page and nothing else', () => {
    expect(isEmptyPage({ value: [] })).toBe(true);
    expect(isEmptyPage({ value: [], nextLink: null })).toBe(true);
    expect(isEmptyPage({ value: [], name: 'settings' })).toBe(false);
    expect(isEmptyPage({ value: [1] })).toBe(false);
  });
});
