export const id = 692;
export const ids = [692];
export const modules = {

/***/ 75692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsReader: () => (/* binding */ awsReader),
/* harmony export */   regionOfZone: () => (/* binding */ regionOfZone)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41595);


/** EC2 accepts at most 200 values per filter, and at most 1,000 results per page. */
const FILTER_VALUES = 200;
const PAGE_SIZE = 1000;
function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}
/** "us-east-1a" → "us-east-1"; local and wavelength zones ("us-west-2-lax-1a") keep only the region part. */
function regionOfZone(zone) {
    return /^([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)/.exec(zone)?.[1];
}
function awsTarget(node) {
    const match = /^aws:\/\/\/?([^/]*)\/(i-[0-9a-f]+)$/.exec(node.providerId ?? '');
    return match ? { instanceId: match[2], region: match[1] ? regionOfZone(match[1]) : undefined } : {};
}
function isDenied(error) {
    const e = error;
    return e.$metadata?.httpStatusCode === 403 || /UnauthorizedOperation|AccessDenied|AuthFailure/.test(e.name ?? '');
}
async function allPages(what, budget, options, page) {
    const items = [];
    let token;
    let pages = 0;
    do {
        const result = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(what, budget, 'aws', () => page(token));
        items.push(...result.items);
        token = result.next;
        if (++pages > 1 || token)
            options.log(`${what}… ${items.length} after ${pages} page(s)`);
    } while (token);
    return items;
}
class RegionReader {
    ec2;
    client;
    region;
    options;
    budget;
    gaps = [];
    constructor(ec2, client, region, options, budget) {
        this.ec2 = ec2;
        this.client = client;
        this.region = region;
        this.options = options;
        this.budget = budget;
    }
    /**
     * A denied call, or one still failing after the retries, is not a pass: it becomes a check-incomplete gap
     * naming the call (and the IAM action it needs), and its data is left out.
     */
    async guarded(action, fallback, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                throw error;
            const detail = `${error.name}: ${error.message?.split('\n')[0]}`;
            this.gaps.push({
                message: isDenied(error)
                    ? `AWS ${this.region}: ${action} was denied: grant the IAM action ec2:${action} (${detail})`
                    : `AWS ${this.region}: ${action} failed after retries (${detail})`,
            });
            return fallback;
        }
    }
    async instances(filterName, values) {
        const { DescribeInstancesCommand } = this.ec2;
        return this.guarded('DescribeInstances', undefined, async () => {
            const reservations = [];
            for (const batch of chunks(values, FILTER_VALUES)) {
                reservations.push(...(await allPages(`reading EC2 instances in ${this.region}`, this.budget, this.options, async (token) => {
                    const out = await this.client.send(new DescribeInstancesCommand({ Filters: [{ Name: filterName, Values: batch }], MaxResults: PAGE_SIZE, NextToken: token }));
                    return { items: out.Reservations ?? [], next: out.NextToken };
                })));
            }
            return reservations;
        });
    }
    async interfaces(instanceIds) {
        const { DescribeNetworkInterfacesCommand } = this.ec2;
        return this.guarded('DescribeNetworkInterfaces', undefined, async () => {
            const enis = [];
            for (const batch of chunks(instanceIds, FILTER_VALUES)) {
                enis.push(...(await allPages(`reading ENIs in ${this.region}`, this.budget, this.options, async (token) => {
                    const out = await this.client.send(new DescribeNetworkInterfacesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: batch }], MaxResults: PAGE_SIZE, NextToken: token }));
                    return { items: out.NetworkInterfaces ?? [], next: out.NextToken };
                })));
            }
            return enis;
        });
    }
    async subnets(subnetIds) {
        const { DescribeSubnetsCommand } = this.ec2;
        return this.guarded('DescribeSubnets', undefined, async () => {
            const subnets = [];
            for (const batch of chunks(subnetIds, FILTER_VALUES)) {
                subnets.push(...(await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)('reading subnets', this.budget, 'aws', async () => (await this.client.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: batch }] }))).Subnets ?? [])));
            }
            return subnets;
        });
    }
    async vpcs(vpcIds) {
        const { DescribeVpcsCommand } = this.ec2;
        return this.guarded('DescribeVpcs', undefined, async () => {
            const vpcs = [];
            for (const batch of chunks(vpcIds, FILTER_VALUES)) {
                vpcs.push(...(await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)('reading VPCs', this.budget, 'aws', async () => (await this.client.send(new DescribeVpcsCommand({ Filters: [{ Name: 'vpc-id', Values: batch }] }))).Vpcs ?? [])));
            }
            return vpcs;
        });
    }
}
function unique(values) {
    return [...new Set(values.filter((value) => Boolean(value)))].sort();
}
/**
 * Reads the EC2 instances behind the nodes (by the instance ids of their providerIDs, else by private IP), their
 * ENIs (the source/dest check is per ENI), subnets and VPCs: a few calls per 200 nodes, whatever the account holds.
 */
const awsReader = {
    async read(nodes, options, budget) {
        const ec2 = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
        const fallbackRegion = options.awsRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
        const byRegion = new Map();
        const gaps = [];
        for (const node of nodes) {
            const target = awsTarget(node);
            const region = options.awsRegion ?? target.region ?? fallbackRegion;
            if (!region) {
                gaps.push({ node: node.name, message: `node ${node.name}: its AWS region is unknown (no providerID zone): pass --aws-region or set AWS_REGION` });
                continue;
            }
            const entry = byRegion.get(region) ?? { ids: [], ips: [] };
            if (target.instanceId)
                entry.ids.push(target.instanceId);
            else
                entry.ips.push(...node.internalIps);
            byRegion.set(region, entry);
        }
        const reservations = [];
        const enis = [];
        const subnets = [];
        const vpcs = [];
        let instancesRead = true;
        let interfacesRead = true;
        for (const [region, { ids, ips }] of byRegion) {
            // Retries are ours (withRetry: one policy for every cloud, within --timeout); a hung call must fail, not wait.
            const client = new ec2.EC2Client({ region, endpoint: options.awsEndpoint, maxAttempts: 1, requestHandler: { requestTimeout: 30_000, throwOnRequestTimeout: true } });
            const reader = new RegionReader(ec2, client, region, options, budget);
            const byId = ids.length ? await reader.instances('instance-id', ids) : [];
            const byIp = ips.length ? await reader.instances('network-interface.addresses.private-ip-address', ips) : [];
            if (byId === undefined || byIp === undefined)
                instancesRead = false;
            const found = [...(byId ?? []), ...(byIp ?? [])];
            reservations.push(...found);
            const instanceIds = unique(found.flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId)));
            const regionEnis = instanceIds.length ? await reader.interfaces(instanceIds) : [];
            if (regionEnis === undefined)
                interfacesRead = false;
            enis.push(...(regionEnis ?? []));
            const subnetIds = unique([...(regionEnis ?? []).map((eni) => eni.SubnetId), ...found.flatMap((r) => (r.Instances ?? []).map((i) => i.SubnetId))]);
            subnets.push(...((subnetIds.length ? await reader.subnets(subnetIds) : []) ?? []));
            const vpcIds = unique(found.flatMap((r) => (r.Instances ?? []).map((i) => i.VpcId)));
            vpcs.push(...((vpcIds.length ? await reader.vpcs(vpcIds) : []) ?? []));
            gaps.push(...reader.gaps);
            client.destroy();
        }
        // A listing that was denied is left out rather than given empty: absent data is check-incomplete, not "not found".
        const dumps = instancesRead ? [{ name: 'aws-instances.json', value: { Reservations: reservations }, kinds: ['instances'] }] : [];
        if (interfacesRead)
            dumps.push({ name: 'aws-network-interfaces.json', value: { NetworkInterfaces: enis }, kinds: ['interfaces'] });
        dumps.push({ name: 'aws-subnets.json', value: { Subnets: subnets } }, { name: 'aws-vpcs.json', value: { Vpcs: vpcs } });
        return { dumps, gaps };
    },
};


/***/ })

};
