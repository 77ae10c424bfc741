export const id = 721;
export const ids = [721];
export const modules = {

/***/ 61721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsReader: () => (/* binding */ awsReader)
});

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/clouds/aws/region.js
var region = __webpack_require__(4070);
// EXTERNAL MODULE: ./lib/sources/live/retry.js
var retry = __webpack_require__(41595);
;// CONCATENATED MODULE: ./lib/clouds/aws/live/listings.js
/** Nothing read yet, and nothing failed. */
function emptyListings() {
    return {
        reservations: [],
        enis: [],
        subnets: [],
        vpcs: [],
        securityGroups: [],
        networkAcls: [],
        instancesRead: true,
        interfacesRead: true,
        groupsRead: true,
        aclsRead: true,
    };
}
/** A listing that was denied is left out rather than given empty: absent data is check-incomplete, not "not found". */
function dumpsOf(listings) {
    const dumps = listings.instancesRead
        ? [{ name: 'aws-instances.json', value: { Reservations: listings.reservations }, kinds: ['instances'] }]
        : [];
    if (listings.interfacesRead)
        dumps.push({
            name: 'aws-network-interfaces.json',
            value: { NetworkInterfaces: listings.enis },
            kinds: ['interfaces'],
        });
    dumps.push({ name: 'aws-subnets.json', value: { Subnets: listings.subnets } }, { name: 'aws-vpcs.json', value: { Vpcs: listings.vpcs } });
    // Without the groups, the ACLs alone would read as "nothing allows pod traffic": no firewall data at all then.
    if (listings.groupsRead)
        dumps.push({
            name: 'aws-security-groups.json',
            value: { SecurityGroups: listings.securityGroups },
            kinds: ['firewalls'],
        });
    if (listings.groupsRead && listings.aclsRead)
        dumps.push({ name: 'aws-network-acls.json', value: { NetworkAcls: listings.networkAcls }, kinds: ['firewalls'] });
    return dumps;
}

;// CONCATENATED MODULE: ./lib/clouds/aws/live/reader.js






/** EC2 accepts at most 200 values per filter, and at most 1,000 results per page. */
const FILTER_VALUES = 200;
const PAGE_SIZE = 1000;
const CONCURRENCY = 4;
function chunks(items, size) {
    const result = [];
    for (let i = 0; i < items.length; i += size)
        result.push(items.slice(i, i + size));
    return result;
}
function awsTarget(node) {
    const parsed = (0,instance_key/* parseProviderId */.i6)(node.providerId ?? '');
    if (parsed.ref?.provider !== 'aws')
        return {};
    return { instanceId: parsed.ref.instanceId, region: parsed.zone ? (0,region/* regionOfZone */.w)(parsed.zone) : undefined };
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
        const result = await (0,retry/* withRetry */.bD)(what, budget, 'aws', () => page(token));
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
    limit = pLimit(CONCURRENCY);
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
            if (error instanceof errors/* UserError */.yo)
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
    /** Filter batches run a few at a time: faster than one by one, gentle on the API's rate limits. */
    async batched(values, read) {
        const results = await Promise.all(chunks(values, FILTER_VALUES).map((batch) => this.limit(() => read(batch))));
        return results.flat();
    }
    async instances(filterName, values) {
        const { DescribeInstancesCommand } = this.ec2;
        return this.guarded('DescribeInstances', undefined, async () => this.batched(values, (batch) => allPages(`reading EC2 instances in ${this.region}`, this.budget, this.options, async (token) => {
            const out = await this.client.send(new DescribeInstancesCommand({
                Filters: [{ Name: filterName, Values: batch }],
                MaxResults: PAGE_SIZE,
                NextToken: token,
            }));
            return { items: out.Reservations ?? [], next: out.NextToken };
        })));
    }
    async interfaces(instanceIds) {
        const { DescribeNetworkInterfacesCommand } = this.ec2;
        return this.guarded('DescribeNetworkInterfaces', undefined, async () => this.batched(instanceIds, (batch) => allPages(`reading ENIs in ${this.region}`, this.budget, this.options, async (token) => {
            const out = await this.client.send(new DescribeNetworkInterfacesCommand({
                Filters: [{ Name: 'attachment.instance-id', Values: batch }],
                MaxResults: PAGE_SIZE,
                NextToken: token,
            }));
            return { items: out.NetworkInterfaces ?? [], next: out.NextToken };
        })));
    }
    async subnets(subnetIds) {
        const { DescribeSubnetsCommand } = this.ec2;
        return this.guarded('DescribeSubnets', undefined, async () => this.batched(subnetIds, (batch) => (0,retry/* withRetry */.bD)('reading subnets', this.budget, 'aws', async () => (await this.client.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: batch }] })))
            .Subnets ?? [])));
    }
    async vpcs(vpcIds) {
        const { DescribeVpcsCommand } = this.ec2;
        return this.guarded('DescribeVpcs', undefined, async () => this.batched(vpcIds, (batch) => (0,retry/* withRetry */.bD)('reading VPCs', this.budget, 'aws', async () => (await this.client.send(new DescribeVpcsCommand({ Filters: [{ Name: 'vpc-id', Values: batch }] }))).Vpcs ??
            [])));
    }
    /** The security groups on the nodes' ENIs, by id: not every group of the account. */
    async securityGroups(groupIds) {
        const { DescribeSecurityGroupsCommand } = this.ec2;
        return this.guarded('DescribeSecurityGroups', undefined, async () => this.batched(groupIds, (batch) => allPages(`reading security groups in ${this.region}`, this.budget, this.options, async (token) => {
            const out = await this.client.send(new DescribeSecurityGroupsCommand({
                Filters: [{ Name: 'group-id', Values: batch }],
                MaxResults: PAGE_SIZE,
                NextToken: token,
            }));
            return { items: out.SecurityGroups ?? [], next: out.NextToken };
        })));
    }
    /** The network ACLs of the nodes' VPCs (a subnet's ACL is found by its association). */
    async networkAcls(vpcIds) {
        const { DescribeNetworkAclsCommand } = this.ec2;
        return this.guarded('DescribeNetworkAcls', undefined, async () => this.batched(vpcIds, (batch) => allPages(`reading network ACLs in ${this.region}`, this.budget, this.options, async (token) => {
            const out = await this.client.send(new DescribeNetworkAclsCommand({
                Filters: [{ Name: 'vpc-id', Values: batch }],
                MaxResults: PAGE_SIZE,
                NextToken: token,
            }));
            return { items: out.NetworkAcls ?? [], next: out.NextToken };
        })));
    }
}
function unique(values) {
    return [...new Set(values.filter((value) => Boolean(value)))].sort();
}
/** The nodes by region: their instance ids where the providerID names one, else their private IPs. */
function regionsOfNodes(nodes, options, gaps) {
    const fallbackRegion = options.awsRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    const byRegion = new Map();
    for (const node of nodes) {
        const target = awsTarget(node);
        const region = options.awsRegion ?? target.region ?? fallbackRegion;
        if (!region) {
            gaps.push({
                node: node.name,
                message: `node ${node.name}: its AWS region is unknown (no providerID zone): pass --aws-region or set AWS_REGION`,
            });
            continue;
        }
        const entry = byRegion.get(region) ?? { ids: [], ips: [] };
        if (target.instanceId)
            entry.ids.push(target.instanceId);
        else
            entry.ips.push(...node.internalIps);
        byRegion.set(region, entry);
    }
    return byRegion;
}
async function listInstances(reader, { ids, ips }, into) {
    const byId = ids.length ? await reader.instances('instance-id', ids) : [];
    const byIp = ips.length ? await reader.instances('network-interface.addresses.private-ip-address', ips) : [];
    if (byId === undefined || byIp === undefined)
        into.instancesRead = false;
    const found = [...(byId ?? []), ...(byIp ?? [])];
    into.reservations.push(...found);
    return found.flatMap((r) => r.Instances ?? []);
}
async function listInterfaces(reader, instances, into) {
    const instanceIds = unique(instances.map((i) => i.InstanceId));
    const enis = instanceIds.length ? await reader.interfaces(instanceIds) : [];
    if (enis === undefined)
        into.interfacesRead = false;
    into.enis.push(...(enis ?? []));
    return enis ?? [];
}
/** The subnets of the instances and their ENIs, and the instances' VPCs; returns the VPC ids. */
async function listNetworks(reader, instances, enis, into) {
    const subnetIds = unique([...enis.map((eni) => eni.SubnetId), ...instances.map((i) => i.SubnetId)]);
    into.subnets.push(...((subnetIds.length ? await reader.subnets(subnetIds) : []) ?? []));
    const vpcIds = unique(instances.map((i) => i.VpcId));
    into.vpcs.push(...((vpcIds.length ? await reader.vpcs(vpcIds) : []) ?? []));
    return vpcIds;
}
/** The groups on the nodes' ENIs (the instance's own list is its primary ENI's), the ACLs of their VPCs. */
async function listFirewalls(reader, instances, enis, vpcIds, into) {
    const groupIds = unique([
        ...enis.flatMap((eni) => (eni.Groups ?? []).map((g) => g.GroupId)),
        ...instances.flatMap((i) => (i.SecurityGroups ?? []).map((g) => g.GroupId)),
    ]);
    const groups = groupIds.length ? await reader.securityGroups(groupIds) : [];
    if (groups === undefined)
        into.groupsRead = false;
    into.securityGroups.push(...(groups ?? []));
    const acls = vpcIds.length ? await reader.networkAcls(vpcIds) : [];
    if (acls === undefined)
        into.aclsRead = false;
    into.networkAcls.push(...(acls ?? []));
}
async function readRegion(reader, targets, into) {
    const instances = await listInstances(reader, targets, into);
    const enis = await listInterfaces(reader, instances, into);
    const vpcIds = await listNetworks(reader, instances, enis, into);
    await listFirewalls(reader, instances, enis, vpcIds, into);
}
/**
 * Reads the EC2 instances behind the nodes (by the instance ids of their providerIDs, else by private IP), their
 * ENIs (the source/dest check is per ENI), subnets and VPCs, the security groups on those ENIs and the network ACLs
 * of those VPCs: a few calls per 200 nodes, whatever the account holds.
 */
const awsReader = {
    async read(nodes, options, budget) {
        const ec2 = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
        const gaps = [];
        const byRegion = regionsOfNodes(nodes, options, gaps);
        const listings = emptyListings();
        for (const [region, targets] of byRegion) {
            // Retries are ours (withRetry: one policy for every cloud, within --timeout); a hung call must fail, not wait.
            const client = new ec2.EC2Client({
                region,
                endpoint: options.awsEndpoint,
                maxAttempts: 1,
                requestHandler: { requestTimeout: 30_000, throwOnRequestTimeout: true },
            });
            const reader = new RegionReader(ec2, client, region, options, budget);
            await readRegion(reader, targets, listings);
            gaps.push(...reader.gaps);
            client.destroy();
        }
        return { dumps: dumpsOf(listings), gaps };
    },
};


/***/ }),

/***/ 41595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports isTransient, retryAfterMs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;
const MAX_ATTEMPTS = 6;
/** Throttling, server errors, timeouts and dropped connections: worth another try. */
function isTransient(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode ??
        e.statusCode ??
        e.status ??
        (typeof e.code === 'number' && e.code >= 100 ? e.code : undefined);
    if (status === 429 || (status !== undefined && status >= 500))
        return true;
    if (e.$retryable)
        return true;
    const name = `${e.name ?? ''} ${typeof e.code === 'string' ? e.code : ''}`;
    return (/Throttl|RequestLimitExceeded|TooManyRequests|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up|UND_ERR|TimeoutError|RequestTimeout/i.test(name) || /socket hang up|ECONNRESET/i.test(String(error?.message)));
}
/** Seconds or an HTTP date, from whichever shape the SDK left the response headers in. */
function retryAfterMs(error) {
    const e = error;
    for (const headers of [e.headers, e.response?.headers, e.$response?.headers]) {
        if (!headers)
            continue;
        const value = typeof headers.get === 'function'
            ? headers.get('retry-after')
            : headers['retry-after'];
        if (!value)
            continue;
        const seconds = Number(value);
        if (Number.isFinite(seconds))
            return seconds * 1000;
        const date = Date.parse(value);
        if (Number.isFinite(date))
            return Math.max(0, date - Date.now());
    }
    return undefined;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs one API call, retrying transient failures with capped exponential backoff and full jitter (or the
 * server's Retry-After), within the run's total time budget.
 */
async function withRetry(what, budget, provider, call) {
    for (let attempt = 1;; attempt++) {
        if (Date.now() > budget.deadline)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--timeout reached while ${what}`);
        budget.count(provider);
        try {
            return await call();
        }
        catch (error) {
            if (attempt >= MAX_ATTEMPTS || !isTransient(error))
                throw error;
            const backoff = Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
            const delay = Math.min(retryAfterMs(error) ?? backoff, Math.max(0, budget.deadline - Date.now()));
            await sleep(delay);
        }
    }
}


/***/ })

};
