export const id = 772;
export const ids = [772];
export const modules = {

/***/ 63772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gceMappers: () => (/* binding */ gceMappers)
});

// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/sources/terraform/mapping.js
var mapping = __webpack_require__(58187);
// EXTERNAL MODULE: ./lib/sources/terraform/plan.js
var plan = __webpack_require__(71218);
// EXTERNAL MODULE: ./lib/sources/values.js
var values = __webpack_require__(62073);
;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/common.js



/** GCE names: a resource's project and zone fall back to the google provider block's. */
function projectOf(m, instance) {
    return (0,plan/* knownString */.Xb)(instance, ['project']) ?? m.plan.providerArgument('google', 'project');
}
function zoneOf(m, instance) {
    return (0,plan/* knownString */.Xb)(instance, ['zone']) ?? m.plan.providerArgument('google', 'zone');
}
/** Networks compare as "projects/P/global/networks/N", however the plan spells them (URL, path, bare name). */
function networkFromValue(value, project) {
    if (value.includes('projects/'))
        return (0,instance_key/* gcePath */.Lp)(value);
    const name = value.split('/').pop() ?? value;
    return project ? `projects/${project}/global/networks/${name}` : name;
}
function networkIdOf(m, network) {
    const selfLink = (0,plan/* knownString */.Xb)(network, ['self_link']);
    if (selfLink)
        return (0,instance_key/* gcePath */.Lp)(selfLink);
    const name = (0,plan/* knownString */.Xb)(network, ['name']);
    return name ? networkFromValue(name, projectOf(m, network)) : network.address;
}
function subnetworkIdOf(m, subnetwork) {
    const selfLink = (0,plan/* knownString */.Xb)(subnetwork, ['self_link']);
    if (selfLink)
        return (0,instance_key/* gcePath */.Lp)(selfLink);
    const name = (0,plan/* knownString */.Xb)(subnetwork, ['name']);
    const region = (0,plan/* knownString */.Xb)(subnetwork, ['region']);
    const project = projectOf(m, subnetwork);
    return name && region && project ? `projects/${project}/regions/${region}/subnetworks/${name}` : subnetwork.address;
}
/** The network an attribute names or refers to; a subnetwork's network when only that is given. */
function networkOf(m, instance, path, subnetworkPath) {
    const project = projectOf(m, instance);
    const network = m.single(instance, path, ['google_compute_network']);
    if (network.kind === 'known' && (0,values/* str */.gx)(network.value))
        return { id: networkFromValue((0,values/* str */.gx)(network.value), project) };
    if (network.kind === 'target')
        return { id: networkIdOf(m, network.target) };
    if (subnetworkPath) {
        const subnetwork = m.single(instance, subnetworkPath, ['google_compute_subnetwork']);
        if (subnetwork.kind === 'target') {
            const viaSubnet = networkOf(m, subnetwork.target, ['network']);
            if (viaSubnet.id)
                return viaSubnet;
        }
        if (subnetwork.kind === 'known') {
            const target = m.plan.ofTypeOrData('google_compute_subnetwork').find((candidate) => {
                const link = (0,plan/* knownString */.Xb)(candidate, ['self_link']);
                return link !== undefined && (0,instance_key/* gcePath */.Lp)(link) === (0,instance_key/* gcePath */.Lp)(String(subnetwork.value));
            });
            if (target)
                return networkOf(m, target, ['network']);
        }
    }
    return { why: network.kind === 'unknown' ? network.why : `${path.join('.')} is not set` };
}
function subnetworkOf(m, instance, path) {
    const subnetwork = m.single(instance, path, ['google_compute_subnetwork']);
    if (subnetwork.kind === 'target')
        return subnetworkIdOf(m, subnetwork.target);
    if (subnetwork.kind !== 'known' || !(0,values/* str */.gx)(subnetwork.value))
        return undefined;
    const value = (0,values/* str */.gx)(subnetwork.value);
    if (value.includes('projects/'))
        return (0,instance_key/* gcePath */.Lp)(value);
    const zone = (0,plan/* knownString */.Xb)(instance, ['zone']);
    const region = (0,plan/* knownString */.Xb)(instance, ['region']) ?? zone?.replace(/-[a-z]$/, '');
    const project = projectOf(m, instance);
    return region && project ? `projects/${project}/regions/${region}/subnetworks/${value}` : value;
}
/** The instance key of a google_compute_instance whose project, zone and name are known. */
function instanceKeyOf(m, instance) {
    const name = (0,plan/* knownString */.Xb)(instance, ['name']);
    const zone = zoneOf(m, instance);
    const project = projectOf(m, instance);
    return name && zone && project ? (0,instance_key/* gceInstanceKey */.aq)(project, zone, name) : undefined;
}

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/network-interfaces.js



/** can_ip_forward of an instance or template: false when not set; unknown is a gap. */
function forwardingOf(m, instance, machine) {
    const value = (0,plan/* valueAt */.fK)(instance, ['can_ip_forward']);
    if (value.state === 'absent')
        return false;
    if (value.state === 'known')
        return (0,values/* bool */.lc)(value.value);
    const resolved = m.resolver.resolve(instance, ['can_ip_forward']);
    m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'can_ip_forward is known only after apply'}: whether IP forwarding is allowed cannot be verified`, {
        machine,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] }),
    });
    return undefined;
}
/** The network_interface blocks of an instance or template, and the network of the first (which routes apply to). */
function interfacesOf(m, instance, machine, forwarding, extra) {
    const origin = m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    let network;
    const interfaces = (0,values/* records */.V0)(instance.values.network_interface).map((_, i) => {
        const found = networkOf(m, instance, ['network_interface', i, 'network'], ['network_interface', i, 'subnetwork']);
        if (i === 0)
            network = found.id;
        if (i === 0 && found.why) {
            m.gap(`${instance.address}: ${found.why}: which routes apply to it cannot be verified`, {
                machine,
                resource: instance.address,
                origin: m.origin(instance, { attributes: ['network', 'subnetwork'] }),
            });
        }
        const ips = [
            m.ip((0,plan/* known */.eO)(instance, ['network_interface', i, 'network_ip'])),
            m.ip((0,plan/* known */.eO)(instance, ['network_interface', i, 'ipv6_address'])),
        ];
        const label = i === 0 ? instance.address : `${instance.address}.network_interface[${i}]`;
        return {
            id: label,
            name: label,
            ips: ips.filter((ip) => ip !== undefined),
            subnetId: subnetworkOf(m, instance, ['network_interface', i, 'subnetwork']),
            forwarding,
            ...extra,
            origin,
        };
    });
    if (interfaces.length === 0) {
        m.gap(`${instance.address}: no network_interface: its network cannot be verified`, {
            machine,
            resource: instance.address,
            origin: m.origin(instance),
        });
    }
    return { interfaces, network };
}

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/instances.js







/** A node whose project is unknown is matched by the zone and name its providerID ends with. */
function zoneAndName(zone, name) {
    return (providerId) => {
        const ref = (0,instance_key/* parseProviderId */.i6)(providerId).ref;
        return ref?.provider === 'gce' && ref.zone === zone && ref.name === name;
    };
}
function cloudIdOf(instance, key) {
    const selfLink = (0,plan/* knownString */.Xb)(instance, ['self_link']);
    return selfLink
        ? (0,instance_key/* gcePath */.Lp)(selfLink)
        : key.cloudKey
            ? `projects/${key.project}/zones/${key.zone}/instances/${key.name}`
            : undefined;
}
/** google_compute_instance: can_ip_forward (false when not set), network, subnetwork, network_ip and tags. */
const instanceMapper = {
    map(instance, m) {
        const name = (0,plan/* knownString */.Xb)(instance, ['name']);
        const zone = zoneOf(m, instance);
        const project = projectOf(m, instance);
        const cloudKey = name && zone && project ? (0,instance_key/* gceInstanceKey */.aq)(project, zone, name) : undefined;
        const origin = m.origin(instance, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
        const forwarding = forwardingOf(m, instance, instance.address);
        const { interfaces, network } = interfacesOf(m, instance, instance.address, forwarding, {
            remediation: {
                text: `Set can_ip_forward = true in ${instance.address}${(0,mapping/* where */._M)(origin)} (Terraform stops or recreates the instance to change it).`,
            },
        });
        const beforeIp = m.ip((0,values/* records */.V0)(instance.before?.network_interface)[0]?.network_ip);
        const machine = {
            address: instance.address,
            provider: 'gce',
            pool: false,
            cloudKey,
            cloudId: cloudIdOf(instance, { project, zone, name, cloudKey }),
            names: name ? [name.toLowerCase()] : [],
            ips: interfaces.flatMap((iface) => iface.ips),
            previous: { ips: (0,plan/* isCreated */.H)(instance) && beforeIp ? [beforeIp] : [] },
            providerIdMatches: name && zone && !project ? zoneAndName(zone, name) : undefined,
            network,
            networkTags: (0,values/* strings */.P$)((0,plan/* known */.eO)(instance, ['tags'])),
            labels: (0,mapping/* labelsOf */.PC)(instance, 'effective_labels', 'labels'),
            os: 'unknown',
            interfaces,
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created: (0,plan/* isCreated */.H)(instance),
            origin: m.origin(instance),
        };
        return { machine };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/pools.js





/** Managed instance groups and the instance templates they use: nodes still to be created. */
const TEMPLATE_CAVEAT = 'the instance template sets canIpForward false for every instance the managed instance group creates from it (a template cannot be changed, only replaced)';
const TEMPLATE_TYPES = ['google_compute_instance_template', 'google_compute_region_instance_template'];
/** A managed instance group (or an instance template no group in the plan uses): nodes still to be created. */
function poolMachine(m, group, template) {
    const pool = group ?? template;
    const origin = m.origin(template, { attributes: ['can_ip_forward'], path: ['can_ip_forward'] });
    const forwarding = forwardingOf(m, template, pool.address);
    const { interfaces, network } = interfacesOf(m, template, pool.address, forwarding, {
        caveat: TEMPLATE_CAVEAT,
        remediation: {
            text: `Set can_ip_forward = true in ${template.address}${(0,mapping/* where */._M)(origin)}; Terraform creates a new template (use name_prefix with create_before_destroy), then roll the group so its instances are recreated from it.`,
        },
    });
    return {
        address: pool.address,
        provider: 'gce',
        pool: true,
        names: [],
        ips: [],
        previous: { ips: [] },
        network,
        networkTags: (0,values/* strings */.P$)((0,plan/* known */.eO)(template, ['tags'])),
        labels: (0,mapping/* labelsOf */.PC)(template, 'effective_labels', 'labels'),
        os: 'unknown',
        interfaces: interfaces.slice(0, 1),
        subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
        created: true,
        managedBy: pool.address,
        origin: m.origin(pool),
    };
}
function templateOf(m, group) {
    const paths = [
        ...(0,values/* records */.V0)(group.values.version).map((_, i) => ['version', i, 'instance_template']),
        ['instance_template'],
    ];
    for (const path of paths) {
        const found = m.single(group, path, TEMPLATE_TYPES);
        if (found.kind === 'target')
            return found.target;
        if (found.kind === 'known' && (0,values/* str */.gx)(found.value)) {
            const value = (0,instance_key/* gcePath */.Lp)((0,values/* str */.gx)(found.value));
            const match = m.plan.ofType(...TEMPLATE_TYPES).find((template) => {
                const link = (0,plan/* knownString */.Xb)(template, ['self_link']);
                return ((link !== undefined && (0,instance_key/* gcePath */.Lp)(link) === value) ||
                    (0,plan/* knownString */.Xb)(template, ['id']) === value ||
                    (0,plan/* knownString */.Xb)(template, ['name']) === value.split('/').pop());
            });
            if (match)
                return match;
        }
    }
    return undefined;
}
/** A (regional) managed instance group: a pool of the template it claims; without a template in the plan, nothing. */
const groupMapper = {
    map(group, m) {
        const template = templateOf(m, group);
        return template ? { machine: poolMachine(m, group, template), claims: [template] } : {};
    },
};
/** An instance template no group of the plan uses: a pool of its own. */
const templateMapper = {
    map(template, m) {
        return m.claimant(template) ? {} : { machine: poolMachine(m, undefined, template) };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/routes.js




/** google_compute_route: dest_range, next hop, tags, priority and network. */
const OTHER_NEXT_HOPS = ['next_hop_gateway', 'next_hop_ilb', 'next_hop_vpn_tunnel', 'next_hop_network'];
/** next_hop_instance as a name (with next_hop_instance_zone) or a URL: an instance of the plan, or another one. */
function instanceHop(m, route, value) {
    const key = value.includes('/')
        ? (0,instance_key/* gceInstanceKeyFromUrl */.rd)(value)
        : (() => {
            const zone = (0,plan/* knownString */.Xb)(route, ['next_hop_instance_zone']) ?? m.plan.providerArgument('google', 'zone');
            const project = projectOf(m, route);
            return zone && project ? (0,instance_key/* gceInstanceKey */.aq)(project, zone, value) : undefined;
        })();
    if (!key)
        return { why: `next_hop_instance ${JSON.stringify(value)} names no zone (next_hop_instance_zone)` };
    const machine = m.plan.ofType('google_compute_instance').find((candidate) => instanceKeyOf(m, candidate) === key);
    if (machine)
        return { hop: { kind: 'machine', address: machine.address, text: `instance ${machine.address}` } };
    return {
        hop: { kind: 'instance', instanceKey: key, text: `instance ${value.includes('/') ? (0,instance_key/* gcePath */.Lp)(value) : value}` },
    };
}
function nextHopOf(m, route) {
    const instance = m.single(route, ['next_hop_instance'], ['google_compute_instance']);
    if (instance.kind === 'target')
        return { hop: { kind: 'machine', address: instance.target.address, text: `instance ${instance.target.address}` } };
    if (instance.kind === 'known' && (0,values/* str */.gx)(instance.value))
        return instanceHop(m, route, (0,values/* str */.gx)(instance.value));
    if (instance.kind === 'unknown')
        return { why: instance.why };
    const ip = m.single(route, ['next_hop_ip'], ['google_compute_instance']);
    if (ip.kind === 'known') {
        const address = m.ip(ip.value);
        return address
            ? { hop: { kind: 'ip', ip: address, text: `IP ${address}` } }
            : { why: `next_hop_ip ${JSON.stringify(ip.value)} is not an IP address` };
    }
    if (ip.kind === 'target')
        return { hop: { kind: 'machine', address: ip.target.address, text: `instance ${ip.target.address}` } };
    if (ip.kind === 'unknown')
        return { why: ip.why };
    for (const attribute of OTHER_NEXT_HOPS) {
        const value = (0,plan/* valueAt */.fK)(route, [attribute]);
        if (value.state === 'known')
            return {
                hop: {
                    kind: 'other',
                    text: `${attribute.replace(/^next_hop_/, '')} ${String(value.value).split('/').pop()}`,
                    // The API's field name, as the routes listing gives it.
                    type: attribute.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase()),
                },
            };
        if (value.state === 'unknown')
            return { hop: { kind: 'other', text: `${attribute.replace(/^next_hop_/, '')} (known after apply)` } };
    }
    return { why: 'the route has no next hop' };
}
const routeMapper = {
    map(route, m) {
        const name = (0,plan/* knownString */.Xb)(route, ['name']) ?? route.address;
        const origin = m.origin(route);
        const destination = (0,plan/* valueAt */.fK)(route, ['dest_range']);
        const { hop, why } = nextHopOf(m, route);
        if (destination.state !== 'known' || !hop) {
            const resolved = destination.state === 'known' ? undefined : m.resolver.resolve(route, ['dest_range']);
            const reason = resolved ? (resolved.kind === 'unknown' ? resolved.why : 'dest_range is not set') : why;
            m.gap(`${route.address}: ${reason}: the route cannot be checked`, { resource: route.address, origin });
            return { present: ['routes'] };
        }
        const network = networkOf(m, route, ['network']);
        if (!network.id)
            m.gap(`${route.address}: ${network.why}: which instances the route applies to cannot be verified`, {
                resource: route.address,
                origin,
            });
        const project = projectOf(m, route);
        const selfLink = (0,plan/* knownString */.Xb)(route, ['self_link']);
        const tfRoute = {
            id: selfLink
                ? (0,instance_key/* gcePath */.Lp)(selfLink)
                : project && (0,plan/* knownString */.Xb)(route, ['name'])
                    ? `projects/${project}/global/routes/${name}`
                    : route.address,
            name,
            provider: 'gce',
            dest: m.cidr(route, ['dest_range'], destination.value),
            nextHop: hop,
            priority: (0,values/* num */.bu)((0,plan/* known */.eO)(route, ['priority'])) ?? 1000,
            network: network.id,
            tags: (0,values/* strings */.P$)((0,plan/* known */.eO)(route, ['tags'])),
            system: false,
            origin,
        };
        return { routes: [tfRoute], present: ['routes'] };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/subnetworks.js


/** google_compute_subnetwork (resource or data source): its ranges and network. */
const subnetworkMapper = {
    data: true,
    map(subnetwork, m) {
        const range = m.optionalCidrs(subnetwork, ['ip_cidr_range']);
        const network = networkOf(m, subnetwork, ['network']);
        return {
            subnet: {
                id: subnetworkIdOf(m, subnetwork),
                name: (0,plan/* knownString */.Xb)(subnetwork, ['name']) ?? subnetwork.address,
                cidrs: [...range, ...m.optionalCidrs(subnetwork, ['ipv6_cidr_range'])],
                networkId: network.id,
                origin: m.origin(subnetwork, { attributes: ['ip_cidr_range'] }),
            },
        };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/gce/terraform/mappers.js




/** GCE resources, in mapping order: managed instance groups claim their templates before the templates map. */
const gceMappers = {
    google_compute_subnetwork: subnetworkMapper,
    google_compute_instance: instanceMapper,
    google_compute_instance_group_manager: groupMapper,
    google_compute_region_instance_group_manager: groupMapper,
    google_compute_instance_template: templateMapper,
    google_compute_region_instance_template: templateMapper,
    google_compute_route: routeMapper,
};


/***/ })

};
