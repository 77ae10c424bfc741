export const id = 859;
export const ids = [859];
export const modules = {

/***/ 66859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   client: () => (/* binding */ client),
/* harmony export */   explain: () => (/* binding */ explain),
/* harmony export */   runContext: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);

function runContext() {
    const { /* context */ "_": context } = _actions_github__WEBPACK_IMPORTED_MODULE_0__;
    const pr = context.payload.pull_request;
    return {
        ...context.repo,
        sha: context.sha,
        pullRequest: pr ? { number: pr.number, headSha: pr.head?.sha ?? context.sha } : undefined,
        runUrl: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
        eventName: context.eventName,
    };
}
function client(token) {
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token);
}
/** "HttpError: Resource not accessible by integration" is a missing permission; say which. */
function explain(error, permission) {
    const status = error.status;
    const message = error.message ?? String(error);
    return status === 403 || status === 404 ? `${message} (does the job grant "permissions: ${permission}"?)` : message;
}


/***/ })

};
