export const id = 434;
export const ids = [434];
export const modules = {

/***/ 51434:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  azureMappers: () => (/* binding */ azureMappers)
});

// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/sources/terraform/mapping.js
var mapping = __webpack_require__(58187);
// EXTERNAL MODULE: ./lib/sources/terraform/plan.js
var plan = __webpack_require__(71218);
// EXTERNAL MODULE: ./lib/sources/values.js
var sources_values = __webpack_require__(62073);
;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/common.js



const VM_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];
const FORWARDING_KEYS = ['ip_forwarding_enabled', 'enable_ip_forwarding'];
/** Resource ids compare in lower case, as everywhere else in the model; the address stands in while the id is unknown. */
function idOf(instance) {
    const id = (0,plan/* knownString */.Xb)(instance, ['id']);
    return id ? (0,instance_key/* azureId */.BQ)(id) : instance.address;
}
/** The subtree at `path` of a plan value, an after_unknown tree or configuration expressions. */
function at(tree, path) {
    let node = tree;
    for (const step of path)
        node = (0,sources_values/* isRecord */.u4)(node) || Array.isArray(node) ? node[step] : undefined;
    return node;
}
/**
 * The configuration block holding the forwarding attribute (the resource, or one of its nested blocks), or undefined
 * when the plan cannot show it: a state, a resource missing from `configuration`, a `dynamic` block.
 */
function configuredBlock(m, instance, prefix) {
    const block = at(m.resolver.configExpressions(instance), prefix);
    return (0,sources_values/* isRecord */.u4)(block) ? block : undefined;
}
/**
 * The forwarding attribute of a NIC or scale-set block. azurerm 4.x has only ip_forwarding_enabled; late 3.x releases
 * have both names, computed, so the one the configuration does not set is unknown until apply: the known one wins,
 * then the one the configuration sets, then whichever the block holds.
 */
function forwardingKey(m, instance, prefix = []) {
    const config = configuredBlock(m, instance, prefix);
    const configured = (key) => config !== undefined && key in config;
    const isKnown = (key) => (0,plan/* valueAt */.fK)(instance, [...prefix, key]).state === 'known';
    const values = at(instance.values, prefix);
    const unknown = at(instance.unknown, prefix);
    const present = (key) => ((0,sources_values/* isRecord */.u4)(values) && key in values) || ((0,sources_values/* isRecord */.u4)(unknown) && key in unknown);
    const preferences = [(key) => isKnown(key) && configured(key), isKnown, configured, present];
    for (const preferred of preferences) {
        const key = FORWARDING_KEYS.find(preferred);
        if (key)
            return key;
    }
    return FORWARDING_KEYS[0];
}
function isWindows(instance) {
    return instance.type.includes('windows') || (0,sources_values/* records */.V0)(instance.values.os_profile_windows_config).length > 0;
}
/** A subnet or route table id attribute: the resource it refers to, or the id it names. */
function referenceOf(m, instance, path, types) {
    const found = m.single(instance, path, types);
    if (found.kind === 'target')
        return { id: idOf(found.target) };
    if (found.kind === 'known' && (0,sources_values/* str */.gx)(found.value))
        return { id: (0,instance_key/* azureId */.BQ)((0,sources_values/* str */.gx)(found.value)) };
    return { why: found.kind === 'unknown' ? found.why : `${path.join('.')} is not set` };
}
/**
 * IP forwarding of a NIC or a scale set's network_interface block: off when not set, also when the 3.x provider
 * leaves it unknown until apply although the configuration sets neither name; unknown from an expression is a gap.
 */
function forwardingOf(m, instance, path, machine) {
    const value = (0,plan/* valueAt */.fK)(instance, path);
    if (value.state === 'absent')
        return false;
    if (value.state === 'known')
        return (0,sources_values/* bool */.lc)(value.value);
    const config = configuredBlock(m, instance, path.slice(0, -1));
    if (config && !FORWARDING_KEYS.some((key) => key in config))
        return false;
    const resolved = m.resolver.resolve(instance, path);
    m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : `${path.join('.')} is known only after apply`}: whether IP forwarding is enabled cannot be verified`, {
        machine,
        resource: instance.address,
        origin: m.origin(instance, { attributes: [String(path[path.length - 1])], path }),
    });
    return undefined;
}

;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/network-interfaces.js





/** azurerm_network_interface: IP forwarding (ip_forwarding_enabled in azurerm 4.x, enable_ip_forwarding in 3.x). */
function nicInterface(m, nic, machine) {
    const key = forwardingKey(m, nic);
    const origin = m.origin(nic, { attributes: [key], path: [key] });
    const configurations = (0,sources_values/* records */.V0)(nic.values.ip_configuration);
    const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
    const subnet = configurations.length > 0
        ? referenceOf(m, nic, ['ip_configuration', primary, 'subnet_id'], ['azurerm_subnet'])
        : { why: 'no ip_configuration' };
    if (subnet.why)
        m.gap(`${nic.address}: ${subnet.why}: which route table applies to it cannot be verified`, {
            machine,
            resource: nic.address,
            origin: m.origin(nic, { attributes: ['subnet_id'] }),
        });
    const ips = [
        ...configurations.map((_, i) => (0,plan/* known */.eO)(nic, ['ip_configuration', i, 'private_ip_address'])),
        ...(0,sources_values/* list */.p_)((0,plan/* known */.eO)(nic, ['private_ip_addresses'])),
    ]
        .map((value) => m.ip(value))
        .filter((ip) => ip !== undefined);
    return {
        id: nic.address,
        name: nic.address,
        ips: [...new Set(ips)],
        subnetId: subnet.id,
        forwarding: forwardingOf(m, nic, [key], machine),
        remediation: {
            text: `Set ${key} = true in ${nic.address}${(0,mapping/* where */._M)(origin)}${key === 'enable_ip_forwarding' ? ' (ip_forwarding_enabled from azurerm 4.0 on)' : ''}; Azure changes it in place.`,
        },
        origin,
    };
}
/** The instance key of a NIC no VM of the plan uses: its VM when Azure knows it, else the NIC itself (joined by address). */
function nicKey(m, nic) {
    const vm = (0,plan/* knownString */.Xb)(nic, ['virtual_machine_id']);
    return vm ? (0,instance_key/* azureInstanceKey */.GH)(vm) : m.localKey(nic.address);
}
/** A NIC no VM of the plan uses (VMs claim theirs): an interface of a machine the plan does not declare. */
const networkInterfaceMapper = {
    map(nic, m) {
        return m.claimant(nic)
            ? {}
            : { attached: { iface: nicInterface(m, nic, nic.address), instanceKey: nicKey(m, nic) } };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/networks.js


/** azurerm_virtual_network and azurerm_subnet (resources or data sources). */
const virtualNetworkMapper = {
    data: true,
    map(vnet, m) {
        return {
            network: {
                id: idOf(vnet),
                name: (0,plan/* knownString */.Xb)(vnet, ['name']) ?? vnet.address,
                cidrs: m.optionalCidrs(vnet, ['address_space']),
                origin: m.origin(vnet, { attributes: ['address_space'] }),
            },
        };
    },
};
const subnetMapper = {
    data: true,
    map(subnet, m) {
        const vnetName = (0,plan/* knownString */.Xb)(subnet, ['virtual_network_name']);
        const vnet = vnetName
            ? m.plan
                .ofTypeOrData('azurerm_virtual_network')
                .find((candidate) => (0,plan/* knownString */.Xb)(candidate, ['name']) === vnetName)
            : undefined;
        return {
            subnet: {
                id: idOf(subnet),
                name: (0,plan/* knownString */.Xb)(subnet, ['name']) ?? subnet.address,
                cidrs: [...m.optionalCidrs(subnet, ['address_prefixes']), ...m.optionalCidrs(subnet, ['address_prefix'])],
                networkId: vnet ? idOf(vnet) : undefined,
                origin: m.origin(subnet, { attributes: ['address_prefixes', 'address_prefix'] }),
            },
        };
    },
};

// EXTERNAL MODULE: ./lib/clouds/azure/dumps/route-tables.js
var route_tables = __webpack_require__(37849);
;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/routes.js






/** azurerm_route_table (with inline routes), azurerm_route and azurerm_subnet_route_table_association. */
const ROUTE_KINDS = ['routes', 'routeTables'];
const HOP_TARGETS = ['azurerm_network_interface', ...VM_TYPES];
/** VirtualAppliance routes point at an IP; one known only after apply is followed to the NIC or VM it is the address of. */
function nextHopOf(m, hopType, ipPath, resolve) {
    if (hopType !== 'VirtualAppliance')
        return { hop: (0,route_tables/* otherHop */.Y5)(hopType) };
    const found = resolve();
    if (found.kind === 'known') {
        const ip = m.ip(found.value);
        return ip
            ? { hop: { kind: 'ip', ip, text: `VirtualAppliance ${ip}` } }
            : { why: `${ipPath.join('.')} ${JSON.stringify(found.value)} is not an IP address` };
    }
    if (found.kind === 'target') {
        // A NIC's VM is the one that claimed it.
        const vm = VM_TYPES.includes(found.target.type) ? found.target : m.claimant(found.target);
        if (vm)
            return { hop: { kind: 'machine', address: vm.address, text: `VirtualAppliance ${vm.address}` } };
        if (found.target.type === 'azurerm_network_interface') {
            return {
                hop: {
                    kind: 'instance',
                    instanceKey: nicKey(m, found.target),
                    text: `VirtualAppliance ${found.target.address}`,
                },
            };
        }
        return {
            why: `${ipPath.join('.')} is known only after apply and is the address of ${found.target.address}, not of a VM`,
        };
    }
    return { why: found.kind === 'unknown' ? found.why : `${ipPath.join('.')} is not set` };
}
/** A route of a table, or a gap when its prefix or next hop cannot be known. */
function routeOf(m, route, body) {
    const hopType = (0,sources_values/* str */.gx)(body.hopType);
    const { hop, why } = hopType
        ? nextHopOf(m, hopType, body.ipPath, body.resolve)
        : { hop: undefined, why: 'next_hop_type is known only after apply' };
    if (typeof body.prefix !== 'string' || !hop) {
        m.gap(`${route.address}: route ${body.name}: ${typeof body.prefix !== 'string' ? 'address_prefix is known only after apply' : why}: the route cannot be checked`, { resource: body.name, origin: body.origin });
        return undefined;
    }
    return {
        id: body.id,
        name: body.name,
        provider: 'azure',
        dest: m.cidr(route, body.prefixPath, body.prefix),
        nextHop: hop,
        priority: 0,
        tags: [],
        tableId: body.tableId,
        system: false,
        origin: body.origin,
    };
}
/** The table's inline routes; its `route` attribute also lists routes of separate azurerm_route resources, not those the plan destroys. */
function inlineRoutes(m, table, tableId, name) {
    const config = m.resolver.configExpressions(table);
    const destroyed = new Set(m.plan.deleted
        .filter((route) => route.type === 'azurerm_route' && (0,sources_values/* str */.gx)(route.values.route_table_name) === name)
        .map((route) => (0,sources_values/* str */.gx)(route.values.name)));
    const routes = [];
    (0,sources_values/* records */.V0)(table.values.route).forEach((route, i) => {
        const routeName = (0,sources_values/* str */.gx)(route.name) ?? `${name}/route[${i}]`;
        if (destroyed.has(routeName))
            return;
        // Inline routes are a set: match the configuration block by name, not by position.
        const block = (0,sources_values/* records */.V0)(config?.route).find((candidate) => (0,sources_values/* record */.g1)(candidate.name).constant_value === routeName);
        const resolve = () => {
            const value = (0,plan/* valueAt */.fK)(table, ['route', i, 'next_hop_in_ip_address']);
            if (value.state === 'known')
                return { kind: 'known', value: value.value };
            if (value.state === 'absent')
                return { kind: 'absent' };
            return m.followSingle(table, block ? (0,sources_values/* record */.g1)(block.next_hop_in_ip_address) : undefined, 'next_hop_in_ip_address', HOP_TARGETS);
        };
        const ipPath = ['route', i, 'next_hop_in_ip_address'];
        const body = {
            name: routeName,
            prefix: route.address_prefix,
            prefixPath: ['route', i, 'address_prefix'],
            hopType: route.next_hop_type,
            ipPath,
            tableId,
            id: `${tableId}/routes/${routeName}`.toLowerCase(),
            origin: m.origin(table, { literal: routeName }),
            resolve,
        };
        const mapped = routeOf(m, table, body);
        if (mapped)
            routes.push(mapped);
    });
    return routes;
}
const routeTableMapper = {
    data: true,
    map(table, m) {
        const tableId = idOf(table);
        const name = (0,plan/* knownString */.Xb)(table, ['name']) ?? table.address;
        const associated = (0,sources_values/* list */.p_)((0,plan/* known */.eO)(table, ['subnets']))
            .filter((id) => typeof id === 'string')
            .map(instance_key/* azureId */.BQ);
        return {
            table: { id: tableId, name, subnetIds: associated, origin: m.origin(table) },
            routes: inlineRoutes(m, table, tableId, name),
            present: ROUTE_KINDS,
        };
    },
};
function tableIdFromName(m, name, resourceGroup) {
    const table = m.plan
        .ofTypeOrData('azurerm_route_table')
        .find((candidate) => (0,plan/* knownString */.Xb)(candidate, ['name']) === name &&
        (!resourceGroup ||
            (0,plan/* knownString */.Xb)(candidate, ['resource_group_name'])?.toLowerCase() === resourceGroup.toLowerCase()));
    return table ? idOf(table) : undefined;
}
const routeMapper = {
    map(route, m) {
        const name = (0,plan/* knownString */.Xb)(route, ['name']) ?? route.address;
        const origin = m.origin(route);
        const table = m.single(route, ['route_table_name'], ['azurerm_route_table']);
        const tableId = table.kind === 'target'
            ? idOf(table.target)
            : table.kind === 'known' && (0,sources_values/* str */.gx)(table.value)
                ? tableIdFromName(m, (0,sources_values/* str */.gx)(table.value), (0,plan/* knownString */.Xb)(route, ['resource_group_name']))
                : undefined;
        if (!tableId) {
            const why = table.kind === 'unknown'
                ? table.why
                : `route table ${JSON.stringify(table.kind === 'known' ? table.value : null)} is not in the plan`;
            m.gap(`${route.address}: ${why}: the subnets the route applies to cannot be verified`, {
                resource: name,
                origin,
            });
            return { present: ROUTE_KINDS };
        }
        const id = (0,plan/* knownString */.Xb)(route, ['id']);
        const mapped = routeOf(m, route, {
            name,
            prefix: (0,plan/* known */.eO)(route, ['address_prefix']),
            prefixPath: ['address_prefix'],
            hopType: (0,plan/* known */.eO)(route, ['next_hop_type']),
            ipPath: ['next_hop_in_ip_address'],
            tableId,
            id: id ? (0,instance_key/* azureId */.BQ)(id) : `${tableId}/routes/${name}`.toLowerCase(),
            origin,
            resolve: () => m.single(route, ['next_hop_in_ip_address'], HOP_TARGETS),
        });
        return { routes: mapped ? [mapped] : [], present: ROUTE_KINDS };
    },
};
const associationMapper = {
    map(association, m) {
        const subnet = referenceOf(m, association, ['subnet_id'], ['azurerm_subnet']);
        const table = referenceOf(m, association, ['route_table_id'], ['azurerm_route_table']);
        if (subnet.id && table.id)
            return { association: { tableId: table.id, subnetId: subnet.id } };
        m.gap(`${association.address}: ${subnet.why ?? table.why}: which subnet uses which route table cannot be verified`, {
            resource: association.address,
            origin: m.origin(association, { attributes: [subnet.why ? 'subnet_id' : 'route_table_id'] }),
        });
        return {};
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/scale-sets.js




/** One network_interface block of a scale set: what every instance the set creates gets. */
function blockInterface(m, set, blocks, i) {
    const block = blocks[i];
    const key = forwardingKey(m, set, ['network_interface', i]);
    const origin = m.origin(set, { attributes: [key], path: ['network_interface', i, key] });
    const configurations = (0,sources_values/* records */.V0)(block.ip_configuration);
    const primary = Math.max(0, configurations.findIndex((config) => config.primary === true));
    const subnet = configurations.length > 0
        ? referenceOf(m, set, ['network_interface', i, 'ip_configuration', primary, 'subnet_id'], ['azurerm_subnet'])
        : { why: 'no ip_configuration' };
    if (subnet.why && (block.primary === true || blocks.length === 1)) {
        m.gap(`${set.address}: ${subnet.why}: the subnet of its nodes cannot be verified`, {
            machine: set.address,
            resource: set.address,
            origin: m.origin(set, { attributes: ['subnet_id'] }),
        });
    }
    const name = (0,plan/* knownString */.Xb)(set, ['name']);
    const group = (0,plan/* knownString */.Xb)(set, ['resource_group_name']);
    const label = blocks.length === 1 || block.primary === true
        ? set.address
        : `${set.address}.network_interface[${JSON.stringify((0,sources_values/* str */.gx)(block.name) ?? i)}]`;
    return {
        id: label,
        name: label,
        ips: [],
        subnetId: subnet.id,
        forwarding: forwardingOf(m, set, ['network_interface', i, key], set.address),
        remediation: {
            text: `Set ${key} = true in the network_interface block of ${set.address}${(0,mapping/* where */._M)(origin)}; with a Manual upgrade policy, also bring the existing instances up to date.`,
            command: name && group
                ? `az vmss update-instances --resource-group ${group} --name ${name} --instance-ids '*'`
                : undefined,
        },
        origin,
    };
}
/** A VM scale set: a pool whose nodes do not exist yet; its network_interface blocks hold the forwarding setting. */
const scaleSetMapper = {
    map(set, m) {
        const blocks = (0,sources_values/* records */.V0)(set.values.network_interface);
        const interfaces = blocks.map((_, i) => blockInterface(m, set, blocks, i));
        // The primary interface carries the node address; list it first.
        interfaces.sort((a, b) => Number(b.id === set.address) - Number(a.id === set.address));
        const machine = {
            address: set.address,
            provider: 'azure',
            pool: true,
            names: [],
            ips: [],
            previous: { ips: [] },
            networkTags: [],
            labels: (0,mapping/* labelsOf */.PC)(set, 'tags'),
            os: isWindows(set) ? 'windows' : 'unknown',
            interfaces,
            subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
            created: true,
            managedBy: set.address,
            origin: m.origin(set),
        };
        return { machine };
    },
};

// EXTERNAL MODULE: ./lib/clouds/shared/names.js
var names = __webpack_require__(8782);
;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/virtual-machines.js







/** The NICs a VM uses: network_interface_ids, by id or by reference. */
function nicsOf(m, vm) {
    const nics = m.many(vm, ['network_interface_ids'], ['azurerm_network_interface']);
    const byId = nics.values
        .filter((value) => typeof value === 'string')
        .map((id) => m.plan
        .ofType('azurerm_network_interface')
        .find((nic) => (0,plan/* knownString */.Xb)(nic, ['id'])?.toLowerCase() === id.toLowerCase()))
        .filter((nic) => nic !== undefined);
    if (nics.why)
        m.gap(`${vm.address}: ${nics.why}: its network interfaces cannot be verified`, {
            machine: vm.address,
            resource: vm.address,
            origin: m.origin(vm, { attributes: ['network_interface_ids'] }),
        });
    return [...byId, ...nics.targets];
}
/** A node whose subscription is unknown is matched by the resource group and name its providerID ends with. */
function groupAndName(resourceGroup, name) {
    return (providerId) => {
        const ref = (0,instance_key/* parseProviderId */.i6)(providerId).ref;
        // A scale set's instances are .../virtualMachineScaleSets/S/virtualMachines/N: not this standalone VM.
        if (ref?.provider !== 'azure' || ref.vmId.includes('/virtualmachinescalesets/'))
            return false;
        return ((0,names/* segmentAfter */.k$)(ref.vmId, 'resourcegroups') === resourceGroup.toLowerCase() &&
            (0,names/* segmentAfter */.k$)(ref.vmId, 'virtualmachines') === name.toLowerCase());
    };
}
function vmMachine(m, vm, nics) {
    const interfaces = nics.map((nic) => nicInterface(m, nic, vm.address));
    const id = (0,plan/* knownString */.Xb)(vm, ['id']);
    const name = (0,plan/* knownString */.Xb)(vm, ['name']);
    const resourceGroup = (0,plan/* knownString */.Xb)(vm, ['resource_group_name']);
    const beforeId = (0,sources_values/* str */.gx)(vm.before?.id);
    const created = (0,plan/* isCreated */.H)(vm);
    return {
        address: vm.address,
        provider: 'azure',
        pool: false,
        cloudKey: id ? (0,instance_key/* azureInstanceKey */.GH)(id) : undefined,
        cloudId: id ? (0,instance_key/* azureId */.BQ)(id) : undefined,
        names: [name, (0,plan/* knownString */.Xb)(vm, ['computer_name'])]
            .filter((item) => item !== undefined)
            .map((item) => item.toLowerCase()),
        ips: interfaces.flatMap((iface) => iface.ips),
        previous: {
            cloudKey: created && beforeId ? (0,instance_key/* azureInstanceKey */.GH)(beforeId) : undefined,
            ips: created ? [m.ip(vm.before?.private_ip_address)].filter((ip) => ip !== undefined) : [],
        },
        providerIdMatches: !id && name && resourceGroup ? groupAndName(resourceGroup, name) : undefined,
        networkTags: [],
        labels: (0,mapping/* labelsOf */.PC)(vm, 'tags'),
        os: isWindows(vm) ? 'windows' : 'unknown',
        interfaces,
        subnetIds: interfaces[0]?.subnetId ? [interfaces[0].subnetId] : [],
        created,
        origin: m.origin(vm),
    };
}
/** A VM (Linux, Windows, or the older azurerm_virtual_machine): a machine that claims its NICs. */
const virtualMachineMapper = {
    map(vm, m) {
        const nics = nicsOf(m, vm);
        return { machine: vmMachine(m, vm, nics), claims: nics };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/azure/terraform/mappers.js





/**
 * Azure resources, in mapping order: VMs claim their NICs before the NICs map, and before the routes whose
 * VirtualAppliance next hop is the address of a NIC (the route then goes to the NIC's VM).
 */
const azureMappers = {
    azurerm_virtual_network: virtualNetworkMapper,
    azurerm_subnet: subnetMapper,
    azurerm_linux_virtual_machine: virtualMachineMapper,
    azurerm_windows_virtual_machine: virtualMachineMapper,
    azurerm_virtual_machine: virtualMachineMapper,
    azurerm_network_interface: networkInterfaceMapper,
    azurerm_linux_virtual_machine_scale_set: scaleSetMapper,
    azurerm_windows_virtual_machine_scale_set: scaleSetMapper,
    azurerm_orchestrated_virtual_machine_scale_set: scaleSetMapper,
    azurerm_route_table: routeTableMapper,
    azurerm_route: routeMapper,
    azurerm_subnet_route_table_association: associationMapper,
};


/***/ })

};
