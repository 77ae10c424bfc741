export const id = 288;
export const ids = [288];
export const modules = {

/***/ 35288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsApplier: () => (/* binding */ awsApplier)
/* harmony export */ });
/* harmony import */ var _shared_applier_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86133);

function explain(error, api) {
    const e = error;
    const message = (e.message ?? String(error)).split('\n')[0];
    if (/UnauthorizedOperation|AccessDenied/.test(e.name ?? '')) {
        const scp = /service control policy|explicit deny/i.test(message)
            ? ' (an explicit deny, e.g. a service control policy)'
            : '';
        return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${api} was denied${scp}: ${message}`, scp ? 'policy' : 'permission', scp ? { provider: 'aws', kind: 'aws-scp', name: 'a service control policy (an explicit deny)' } : undefined);
    }
    return new _shared_applier_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${api} failed: ${e.name ?? 'Error'}: ${message}`, 'failed');
}
const DESCRIPTION = 'pod traffic (host-gw)';
function ipPermission(permission) {
    const ranges = permission.family === 6
        ? { Ipv6Ranges: permission.cidrs.map((cidr) => ({ CidrIpv6: cidr, Description: DESCRIPTION })) }
        : { IpRanges: permission.cidrs.map((cidr) => ({ CidrIp: cidr, Description: DESCRIPTION })) };
    return { IpProtocol: permission.protocol, FromPort: permission.fromPort, ToPort: permission.toPort, ...ranges };
}
const errorName = (error) => error.name ?? error.Code ?? '';
/** A security-group rule that is already there is what was asked for: authorizing it again is a no-op. */
function duplicate(error) {
    return errorName(error) === 'InvalidPermission.Duplicate';
}
/** EC2 names protocols in ACL entries by number, except "-1" for all. */
function sameEntry(found, entry) {
    const cidr = entry.family === 6 ? found.Ipv6CidrBlock : found.CidrBlock;
    return found.Protocol === entry.protocol && found.RuleAction === 'allow' && cidr === entry.cidr;
}
function naclText(action) {
    const protocol = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' }[action.entry.protocol] ??
        `protocol ${action.entry.protocol}`;
    return `${action.egress ? 'outbound' : 'inbound'} rule ${action.entry.ruleNumber} allowing ${protocol} ${action.egress ? 'to' : 'from'} ${action.entry.cidr} in ${action.aclId}`;
}
async function eniSourceDestCheck(action, { sdk, client }) {
    await client
        .send(new sdk.ModifyNetworkInterfaceAttributeCommand({
        NetworkInterfaceId: action.eniId,
        SourceDestCheck: { Value: false },
    }))
        .catch((error) => {
        throw explain(error, 'ec2:ModifyNetworkInterfaceAttribute');
    });
    return `source/destination check off on ${action.eniId}`;
}
async function instanceSourceDestCheck(action, { sdk, client }) {
    await client
        .send(new sdk.ModifyInstanceAttributeCommand({
        InstanceId: action.instanceId,
        SourceDestCheck: { Value: false },
    }))
        .catch((error) => {
        throw explain(error, 'ec2:ModifyInstanceAttribute');
    });
    return `source/destination check off on ${action.instanceId}`;
}
/** One authorize call; false when EC2 answers that (one of) the rules is there already. */
function authorize(action, permissions, { sdk, client }) {
    const ingress = action.kind === 'aws-sg-authorize-ingress';
    const api = ingress ? 'ec2:AuthorizeSecurityGroupIngress' : 'ec2:AuthorizeSecurityGroupEgress';
    const input = { GroupId: action.groupId, IpPermissions: permissions.map(ipPermission) };
    const call = ingress
        ? client.send(new sdk.AuthorizeSecurityGroupIngressCommand(input))
        : client.send(new sdk.AuthorizeSecurityGroupEgressCommand(input));
    return call.then(() => true, (error) => {
        if (duplicate(error))
            return false;
        throw explain(error, api);
    });
}
async function authorizeGroup(action, ec2) {
    const ingress = action.kind === 'aws-sg-authorize-ingress';
    const text = (permissions) => permissions.map((p) => `${p.protocol} ${ingress ? 'from' : 'to'} ${p.cidrs.join(', ')}`).join('; ');
    // One call for the whole rule set, as the printed command does. A rule already in place fails that call
    // as a whole (InvalidPermission.Duplicate): then each protocol and CIDR goes on its own, skipping those present.
    const singles = action.permissions.flatMap((p) => p.cidrs.map((cidr) => ({ ...p, cidrs: [cidr] })));
    const present = [];
    if (!(await authorize(action, action.permissions, ec2))) {
        if (singles.length === 1)
            present.push(...singles);
        else
            for (const single of singles)
                if (!(await authorize(action, [single], ec2)))
                    present.push(single);
    }
    if (present.length === 0)
        return `allowed ${text(action.permissions)} in ${action.groupId}`;
    if (present.length === singles.length)
        return `already allowed ${text(action.permissions)} in ${action.groupId}`;
    return `allowed ${text(action.permissions)} in ${action.groupId} (already there: ${text(present)})`;
}
/** Creates the entry; false when its rule number is taken already. */
function createNaclEntry(action, { sdk, client }) {
    const { entry } = action;
    const icmp = entry.protocol === '1' || entry.protocol === '58';
    return client
        .send(new sdk.CreateNetworkAclEntryCommand({
        NetworkAclId: action.aclId,
        Egress: action.egress,
        RuleNumber: entry.ruleNumber,
        Protocol: entry.protocol,
        RuleAction: 'allow',
        ...(entry.family === 6 ? { Ipv6CidrBlock: entry.cidr } : { CidrBlock: entry.cidr }),
        ...(icmp ? { IcmpTypeCode: { Type: -1, Code: -1 } } : { PortRange: { From: 0, To: 65535 } }),
    }))
        .then(() => true, (error) => {
        if (errorName(error) !== 'NetworkAclEntryAlreadyExists')
            throw explain(error, 'ec2:CreateNetworkAclEntry');
        return false;
    });
}
async function naclEntry(action, ec2) {
    const { entry } = action;
    if (await createNaclEntry(action, ec2))
        return naclText(action);
    // The rule number is taken: fine if it is this very entry (an earlier apply), a conflict if it is another.
    const [acl] = (await ec2.client
        .send(new ec2.sdk.DescribeNetworkAclsCommand({ NetworkAclIds: [action.aclId] }))
        .catch((error) => {
        throw explain(error, 'ec2:DescribeNetworkAcls');
    })).NetworkAcls ?? [];
    const found = acl?.Entries?.find((e) => e.RuleNumber === entry.ruleNumber && e.Egress === action.egress);
    if (found && sameEntry(found, entry))
        return `${naclText(action)} already in place`;
    throw new _shared_applier_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`ec2:CreateNetworkAclEntry conflicted: rule ${entry.ruleNumber} of ${action.aclId} already exists with other settings; plan again`, 'conflict');
}
const HANDLERS = {
    'aws-eni-source-dest-check': eniSourceDestCheck,
    'aws-instance-source-dest-check': instanceSourceDestCheck,
    'aws-sg-authorize-ingress': authorizeGroup,
    'aws-sg-authorize-egress': authorizeGroup,
    'aws-nacl-entry': naclEntry,
};
function handlerOf(action) {
    return HANDLERS[action.kind];
}
const awsApplier = {
    async apply(action, options) {
        const sdk = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
        const region = ('region' in action ? action.region : undefined) ??
            options.awsRegion ??
            process.env.AWS_REGION ??
            process.env.AWS_DEFAULT_REGION;
        const client = new sdk.EC2Client({ region, endpoint: options.awsEndpoint, maxAttempts: 5 });
        try {
            const handler = handlerOf(action);
            if (!handler)
                throw new _shared_applier_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${action.kind} is not an AWS action`, 'failed');
            return await handler(action, { sdk, client });
        }
        finally {
            client.destroy();
        }
    },
};


/***/ })

};
