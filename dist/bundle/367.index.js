export const id = 367;
export const ids = [367];
export const modules = {

/***/ 97367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsMappers: () => (/* binding */ awsMappers)
});

// EXTERNAL MODULE: ./lib/model/instance-key.js + 1 modules
var instance_key = __webpack_require__(63599);
// EXTERNAL MODULE: ./lib/sources/terraform/mapping.js
var mapping = __webpack_require__(58187);
// EXTERNAL MODULE: ./lib/sources/terraform/plan.js
var plan = __webpack_require__(71218);
// EXTERNAL MODULE: ./lib/sources/values.js
var values = __webpack_require__(62073);
;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/common.js


/** The id other resources use for a subnet, VPC or ENI: the cloud id when the plan knows it, else the address. */
function idOf(instance) {
    return (0,plan/* knownString */.Xb)(instance, ['id']) ?? instance.address;
}
function addressesOf(m, values) {
    return values.map((value) => m.ip(value)).filter((ip) => ip !== undefined);
}
/** source_dest_check of an instance or ENI: true (check on) when not set; unknown is a gap, never a guess. */
function forwardingOf(m, instance, machine) {
    const value = (0,plan/* valueAt */.fK)(instance, ['source_dest_check']);
    if (value.state === 'absent')
        return false;
    if (value.state === 'known') {
        const check = (0,values/* bool */.lc)(value.value);
        return check === undefined ? undefined : !check;
    }
    const resolved = m.resolver.resolve(instance, ['source_dest_check']);
    m.gap(`${instance.address}: ${resolved.kind === 'unknown' ? resolved.why : 'source_dest_check is known only after apply'}: whether the source/destination check is off cannot be verified`, {
        machine,
        resource: instance.address,
        origin: m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] }),
    });
    return undefined;
}
function subnetOf(m, instance, path) {
    const subnet = m.single(instance, path, ['aws_subnet']);
    switch (subnet.kind) {
        case 'known':
            return { id: (0,values/* str */.gx)(subnet.value) };
        case 'target':
            return { id: idOf(subnet.target) };
        case 'absent':
            return { why: `${path.join('.')} is not set (the default subnet of the availability zone is used)` };
        default:
            return { why: subnet.why };
    }
}

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/network-interfaces.js





/** An aws_network_interface: the source/destination check is per ENI, and on when source_dest_check is not set. */
function eniInterface(m, eni, machine) {
    const origin = m.origin(eni, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
    const subnet = subnetOf(m, eni, ['subnet_id']);
    if (subnet.why)
        m.gap(`${eni.address}: ${subnet.why}: its subnet cannot be verified`, {
            machine,
            resource: eni.address,
            origin: m.origin(eni, { attributes: ['subnet_id'] }),
        });
    return {
        id: eni.address,
        name: eni.address,
        ips: [
            ...new Set(addressesOf(m, [
                (0,plan/* known */.eO)(eni, ['private_ip']),
                ...(0,values/* list */.p_)((0,plan/* known */.eO)(eni, ['private_ips'])),
                ...(0,values/* list */.p_)((0,plan/* known */.eO)(eni, ['ipv6_addresses'])),
            ])),
        ],
        subnetId: subnet.id,
        forwarding: forwardingOf(m, eni, machine),
        remediation: {
            text: `Set source_dest_check = false in ${eni.address}${(0,mapping/* where */._M)(origin)}: the check is on unless it is set.`,
        },
        origin,
    };
}
/** The instance an ENI is attached to: an aws_instance of the plan, or a given instance id. */
function attachmentOf(m, eni) {
    const blocks = (0,values/* records */.V0)(eni.values.attachment);
    for (let i = 0; i < blocks.length; i++) {
        const attached = m.single(eni, ['attachment', i, 'instance'], ['aws_instance']);
        if (attached.kind === 'target')
            return { target: attached.target };
        if (attached.kind === 'known' && (0,values/* str */.gx)(attached.value))
            return { instanceId: (0,values/* str */.gx)(attached.value) };
    }
    for (const attachment of m.plan.ofType('aws_network_interface_attachment')) {
        const target = m.single(attachment, ['network_interface_id'], ['aws_network_interface']);
        const matches = target.kind === 'target'
            ? target.target === eni
            : target.kind === 'known' && target.value === (0,plan/* knownString */.Xb)(eni, ['id']);
        if (!matches)
            continue;
        const attached = m.single(attachment, ['instance_id'], ['aws_instance']);
        if (attached.kind === 'target')
            return { target: attached.target };
        if (attached.kind === 'known' && (0,values/* str */.gx)(attached.value))
            return { instanceId: (0,values/* str */.gx)(attached.value) };
    }
    return undefined;
}
/**
 * ENIs attached through an `attachment` block or an aws_network_interface_attachment; those an instance's own
 * network_interface blocks use are mapped with the instance.
 */
const networkInterfaceMapper = {
    map(eni, m) {
        if (m.claimant(eni))
            return {};
        const attachment = attachmentOf(m, eni);
        const machine = attachment?.target?.address;
        const iface = eniInterface(m, eni, machine ?? eni.address);
        return {
            attached: {
                iface,
                machine,
                instanceKey: attachment?.instanceId ? (0,instance_key/* awsInstanceKey */.yq)(attachment.instanceId) : m.localKey(eni.address),
            },
        };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/instances.js






/** network_interface blocks: the primary ENI is an aws_network_interface resource, and its own check applies. */
function blockInterfaces(m, instance) {
    const interfaces = [];
    const enis = [];
    const attached = (0,values/* records */.V0)(instance.values.network_interface).map((block, i) => ({ block, i }));
    for (const { i } of attached.sort((a, b) => Number(a.block.device_index ?? 0) - Number(b.block.device_index ?? 0))) {
        const eni = m.single(instance, ['network_interface', i, 'network_interface_id'], ['aws_network_interface']);
        const target = eni.kind === 'target'
            ? eni.target
            : eni.kind === 'known'
                ? m.plan.ofType('aws_network_interface').find((candidate) => (0,plan/* knownString */.Xb)(candidate, ['id']) === eni.value)
                : undefined;
        if (target) {
            interfaces.push(eniInterface(m, target, instance.address));
            enis.push(target);
        }
        else if (eni.kind === 'unknown') {
            m.gap(`${instance.address}: ${eni.why}: its network interface cannot be verified`, {
                machine: instance.address,
                resource: instance.address,
                origin: m.origin(instance, { attributes: ['network_interface_id'] }),
            });
        }
    }
    return { interfaces, enis };
}
/** The instance's own interface, when it has no network_interface blocks. */
function ownInterface(m, instance) {
    const origin = m.origin(instance, { attributes: ['source_dest_check'], path: ['source_dest_check'] });
    const subnet = subnetOf(m, instance, ['subnet_id']);
    if (subnet.why)
        m.gap(`${instance.address}: ${subnet.why}: whether it shares one layer-2 subnet with the other nodes cannot be verified`, {
            machine: instance.address,
            resource: instance.address,
            origin: m.origin(instance, { attributes: ['subnet_id'] }),
        });
    return {
        id: instance.address,
        name: instance.address,
        ips: [
            ...new Set(addressesOf(m, [
                (0,plan/* known */.eO)(instance, ['private_ip']),
                ...(0,values/* list */.p_)((0,plan/* known */.eO)(instance, ['secondary_private_ips'])),
                ...(0,values/* list */.p_)((0,plan/* known */.eO)(instance, ['ipv6_addresses'])),
            ])),
        ],
        subnetId: subnet.id,
        forwarding: forwardingOf(m, instance, instance.address),
        remediation: {
            text: `Set source_dest_check = false in ${instance.address}${(0,mapping/* where */._M)(origin)}: the check is on unless it is set (an existing instance is updated in place).`,
        },
        origin,
    };
}
/** aws_instance: a machine; it claims the aws_network_interface resources its network_interface blocks use. */
const instanceMapper = {
    map(instance, m) {
        const id = (0,plan/* knownString */.Xb)(instance, ['id']);
        const { interfaces, enis } = blockInterfaces(m, instance);
        if ((0,values/* records */.V0)(instance.values.network_interface).length === 0)
            interfaces.push(ownInterface(m, instance));
        const before = instance.before;
        const replaced = (0,plan/* isCreated */.H)(instance);
        const machine = {
            address: instance.address,
            provider: 'aws',
            pool: false,
            cloudKey: id ? (0,instance_key/* awsInstanceKey */.yq)(id) : undefined,
            cloudId: id,
            names: [(0,plan/* knownString */.Xb)(instance, ['private_dns']), (0,values/* str */.gx)((0,values/* record */.g1)(instance.values.tags).Name)]
                .filter((name) => name !== undefined)
                .map((name) => name.toLowerCase()),
            ips: interfaces.flatMap((iface) => iface.ips),
            previous: {
                cloudKey: replaced && (0,values/* str */.gx)(before?.id) ? (0,instance_key/* awsInstanceKey */.yq)((0,values/* str */.gx)(before?.id)) : undefined,
                ips: replaced ? addressesOf(m, [before?.private_ip, ...(0,values/* list */.p_)(before?.secondary_private_ips)]) : [],
            },
            networkTags: [],
            labels: (0,mapping/* labelsOf */.PC)(instance, 'tags_all', 'tags'),
            os: 'unknown',
            interfaces,
            subnetIds: interfaces.flatMap((iface) => (iface.subnetId ? [iface.subnetId] : [])).slice(0, 1),
            created: (0,plan/* isCreated */.H)(instance),
            managedBy: (0,values/* str */.gx)((0,values/* record */.g1)(instance.values.tags)['aws:autoscaling:groupName']),
            origin: m.origin(instance),
        };
        return { machine, claims: enis };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/networks.js


/** aws_vpc and aws_subnet (resources or data sources): a subnet is one layer-2 segment. */
const vpcMapper = {
    data: true,
    map(vpc, m) {
        return {
            network: {
                id: idOf(vpc),
                name: (0,values/* str */.gx)((0,values/* record */.g1)(vpc.values.tags).Name) ?? vpc.address,
                cidrs: [...m.optionalCidrs(vpc, ['cidr_block']), ...m.optionalCidrs(vpc, ['ipv6_cidr_block'])],
                origin: m.origin(vpc, { attributes: ['cidr_block'] }),
            },
        };
    },
};
const subnetMapper = {
    data: true,
    map(subnet, m) {
        const vpc = m.single(subnet, ['vpc_id'], ['aws_vpc']);
        return {
            subnet: {
                id: idOf(subnet),
                name: (0,values/* str */.gx)((0,values/* record */.g1)(subnet.values.tags).Name) ?? subnet.address,
                cidrs: [...m.optionalCidrs(subnet, ['cidr_block']), ...m.optionalCidrs(subnet, ['ipv6_cidr_block'])],
                networkId: vpc.kind === 'target' ? idOf(vpc.target) : vpc.kind === 'known' ? (0,values/* str */.gx)(vpc.value) : undefined,
                origin: m.origin(subnet, { attributes: ['cidr_block'] }),
            },
        };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/pools.js




/** aws_autoscaling_group and aws_launch_template node pools: a launch template cannot turn the check off. */
const LAUNCH_TEMPLATE_CAVEAT = 'an EC2 launch template cannot turn the source/destination check off, so every instance launched from it comes up with the check on unless something turns it off at boot';
const BOOT_COMMAND = "TOKEN=$(curl -sX PUT http://169.254.169.254/latest/api/token -H 'X-aws-ec2-metadata-token-ttl-seconds: 300')" +
    ' && IMDS() { curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/$1"; }' +
    ' && aws ec2 modify-instance-attribute --region "$(IMDS placement/region)" --instance-id "$(IMDS instance-id)" --no-source-dest-check';
/** The launch template (or launch configuration) an auto scaling group launches from. */
function templateOf(m, group) {
    const candidates = [
        ['launch_template', 0, 'id'],
        ['launch_template', 0, 'name'],
        ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_id'],
        ['mixed_instances_policy', 0, 'launch_template', 0, 'launch_template_specification', 0, 'launch_template_name'],
        ['launch_configuration'],
    ];
    for (const path of candidates) {
        const found = m.single(group, path, ['aws_launch_template', 'aws_launch_configuration']);
        if (found.kind === 'target')
            return found.target;
        if (found.kind === 'known') {
            const match = m.plan
                .ofType('aws_launch_template', 'aws_launch_configuration')
                .find((template) => (0,plan/* knownString */.Xb)(template, ['id']) === found.value || (0,plan/* knownString */.Xb)(template, ['name']) === found.value);
            if (match)
                return match;
        }
    }
    return undefined;
}
function labelsOfValue(value) {
    const labels = {};
    for (const [key, item] of Object.entries((0,values/* record */.g1)(value)))
        if (typeof item === 'string')
            labels[key] = item;
    return labels;
}
/** The subnets a pool's instances land in: the group's zones, else the launch template's first interface. */
function poolSubnets(m, pool, template) {
    const subnetIds = [];
    const zones = m.many(pool, ['vpc_zone_identifier'], ['aws_subnet']);
    subnetIds.push(...zones.values.filter((value) => typeof value === 'string'), ...zones.targets.map(idOf));
    if (subnetIds.length === 0 && template && pool !== template) {
        const fromTemplate = subnetOf(m, template, ['network_interfaces', 0, 'subnet_id']);
        if (fromTemplate.id)
            subnetIds.push(fromTemplate.id);
    }
    else if (subnetIds.length === 0 && pool === template) {
        const own = subnetOf(m, pool, ['network_interfaces', 0, 'subnet_id']);
        if (own.id)
            subnetIds.push(own.id);
    }
    if (subnetIds.length === 0) {
        const why = zones.why ?? "no subnet is given (vpc_zone_identifier or the launch template's network_interfaces)";
        m.gap(`${pool.address}: ${why}: the subnets its nodes land in cannot be verified`, {
            machine: pool.address,
            resource: pool.address,
            origin: m.origin(pool, { attributes: ['vpc_zone_identifier'] }),
        });
    }
    return [...new Set(subnetIds)];
}
function poolMachine(m, pool, template) {
    const subnetIds = poolSubnets(m, pool, template);
    const source = template ?? pool;
    const origin = m.origin(source, template ? {} : { attributes: ['launch_template', 'mixed_instances_policy'] });
    const instanceTags = Object.assign({}, ...(0,values/* records */.V0)(template?.values.tag_specifications)
        .filter((spec) => spec.resource_type === 'instance')
        .map((spec) => labelsOfValue(spec.tags)));
    const remediation = {
        text: `Turn the check off when each instance boots: in the user data of ${source.address}${(0,mapping/* where */._M)(origin)}, call modify-instance-attribute for the instance itself (its instance role needs ec2:ModifyInstanceAttribute), or do it from a lifecycle hook.`,
        command: BOOT_COMMAND,
    };
    const caveat = pool === source
        ? LAUNCH_TEMPLATE_CAVEAT
        : LAUNCH_TEMPLATE_CAVEAT.replace('launched from it', `${pool.address} launches`);
    return {
        address: pool.address,
        provider: 'aws',
        pool: true,
        names: [],
        ips: [],
        previous: { ips: [] },
        networkTags: [],
        labels: { ...instanceTags, ...labelsOfValue(pool.values.tags_all), ...(0,mapping/* blockTags */.Ft)(pool.values.tag) },
        os: 'unknown',
        interfaces: [
            {
                id: source.address,
                name: source.address,
                ips: [],
                subnetId: subnetIds[0],
                forwarding: false,
                caveat,
                remediation,
                origin,
            },
        ],
        subnetIds,
        created: true,
        managedBy: pool.address,
        origin: m.origin(pool),
    };
}
/** An auto scaling group: a pool of the instances its launch template (which it claims) makes. */
const autoscalingGroupMapper = {
    map(group, m) {
        const template = templateOf(m, group);
        return { machine: poolMachine(m, group, template), claims: template ? [template] : [] };
    },
};
/** A launch template no auto scaling group of the plan uses: a pool of its own. */
const launchTemplateMapper = {
    map(template, m) {
        return m.claimant(template) ? {} : { machine: poolMachine(m, template, template) };
    },
};

;// CONCATENATED MODULE: ./lib/clouds/aws/terraform/mappers.js




/**
 * AWS resources, in mapping order: instances claim the ENIs of their network_interface blocks before the ENIs map,
 * auto scaling groups their launch templates before the templates map.
 */
const awsMappers = {
    aws_vpc: vpcMapper,
    aws_subnet: subnetMapper,
    aws_instance: instanceMapper,
    aws_network_interface: networkInterfaceMapper,
    aws_autoscaling_group: autoscalingGroupMapper,
    aws_launch_template: launchTemplateMapper,
};


/***/ })

};
