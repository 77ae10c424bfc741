export const id = 153;
export const ids = [153];
export const modules = {

/***/ 37153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsApplier: () => (/* binding */ awsApplier)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43621);

function explain(error, api) {
    const e = error;
    const message = (e.message ?? String(error)).split('\n')[0];
    if (/UnauthorizedOperation|AccessDenied/.test(e.name ?? '')) {
        const scp = /service control policy|explicit deny/i.test(message) ? ' (an explicit deny, e.g. a service control policy)' : '';
        return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${api} was denied${scp}: ${message}`, scp ? 'policy' : 'permission', scp ? { provider: 'aws', kind: 'aws-scp', name: 'a service control policy (an explicit deny)' } : undefined);
    }
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${api} failed: ${e.name ?? 'Error'}: ${message}`, 'failed');
}
const awsApplier = {
    async apply(action, options) {
        const ec2 = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
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
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .FixDenied */ .n(`${action.kind} is not an AWS action`, 'failed');
        }
        finally {
            client.destroy();
        }
    },
};


/***/ })

};
