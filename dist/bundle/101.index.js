export const id = 101;
export const ids = [101];
export const modules = {

/***/ 6101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./lib/engine/check.js + 12 modules
var check = __webpack_require__(61277);
// EXTERNAL MODULE: ./lib/engine/settings.js + 2 modules
var settings = __webpack_require__(13997);
// EXTERNAL MODULE: ./lib/fix/run.js + 2 modules
var run = __webpack_require__(63017);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/io/write.js
var write = __webpack_require__(78591);
// EXTERNAL MODULE: ./lib/report/index.js + 3 modules
var lib_report = __webpack_require__(12455);
// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __webpack_require__(44639);
;// CONCATENATED MODULE: ./lib/action/annotations.js


/** GitHub shows this many annotations per level from one step's workflow commands; more need a check run. */
const WORKFLOW_COMMAND_LIMIT = 10;
/** Annotation paths are relative to the repository root, whatever the step's working directory. */
function annotationTarget(finding, fallbackFile) {
    const file = finding.location?.file ?? fallbackFile;
    if (!file)
        return undefined;
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return {
        path: (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(file)).split('\\').join('/'),
        line: finding.location?.line ?? 1,
        column: finding.location?.column,
    };
}
function title(finding) {
    return `hostgw-preflight ${finding.ruleId}${finding.node ? ` (${finding.node})` : ''}`;
}
function annotationText(finding) {
    return finding.remediation.command ? `${finding.message}\nFix: ${finding.remediation.command}` : finding.message;
}
const EMIT = { error: core/* error */.z3, warning: core/* warning */.$e, note: core/* notice */.lm };
/** Emits one workflow-command annotation per finding; returns how many each level got. */
function emitAnnotations(findings, fallbackFile) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings) {
        const target = annotationTarget(finding, fallbackFile);
        EMIT[finding.severity](annotationText(finding), {
            title: title(finding),
            file: target?.path,
            startLine: target?.line,
            startColumn: target?.column,
        });
        counts[finding.severity]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./lib/action/check-run.js

/** The Checks API takes at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = { error: 'failure', warning: 'warning', note: 'notice' };
function annotation(finding, fallbackFile) {
    const target = annotationTarget(finding, fallbackFile);
    return {
        path: target.path,
        start_line: target.line,
        end_line: target.line,
        // The API accepts columns only for single-line annotations, which ours are.
        ...(target.column ? { start_column: target.column, end_column: target.column } : {}),
        annotation_level: LEVEL[finding.severity],
        title: title(finding),
        message: annotationText(finding),
    };
}
/** Publishes every finding as a check-run annotation, in batches, when workflow commands would show only some. */
async function publishCheckRun(octokit, run, report, name) {
    const fallback = report.sources[0]?.file;
    const annotations = report.findings.filter((finding) => annotationTarget(finding, fallback)).map((finding) => annotation(finding, fallback));
    const { summary } = report;
    const output = (batch) => ({
        title: `${summary.errors} errors, ${summary.warnings} warnings, ${summary.notes} notes`,
        summary: `hostgw-preflight found ${report.findings.length} findings on ${summary.nodes} nodes (fail-on: ${summary.failOn}).`,
        annotations: batch,
    });
    const { data } = await octokit.rest.checks.create({
        owner: run.owner,
        repo: run.repo,
        name,
        head_sha: run.pullRequest?.headSha ?? run.sha,
        status: 'in_progress',
        output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
        await octokit.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: data.id, output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)) });
    }
    await octokit.rest.checks.update({
        owner: run.owner,
        repo: run.repo,
        check_run_id: data.id,
        status: 'completed',
        conclusion: summary.passed ? 'success' : 'failure',
    });
    return data.html_url ?? `check run ${data.id}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/action/identity.js
/** Asks GitHub once, on first use: steps that publish nothing never make the call. */
function tokenIdentity(octokit) {
    let identity;
    return () => (identity ??= readIdentity(octokit));
}
async function readIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { kind: 'user', login: data.login };
    }
    catch (error) {
        if (error.status === 403)
            return { kind: 'integration' };
        throw error;
    }
}
/**
 * Only what the token itself wrote may be adopted and edited: anyone can post a comment or open an issue
 * that carries our hidden marker, and a fork author would then steer what we overwrite or close.
 */
function writtenBy(identity, author) {
    if (!author)
        return false;
    if (identity.kind === 'user')
        return author.login?.toLowerCase() === identity.login.toLowerCase();
    return author.type === 'Bot';
}

;// CONCATENATED MODULE: ./lib/action/drift-issue.js


const DRIFT_LABEL = 'hostgw-drift';
function marker(clusterName) {
    return `<!-- hostgw-preflight:drift:${clusterName} -->`;
}
/** A digest of what is wrong, kept in the issue, so the issue gets a comment when the findings change, not every run. */
function digest(report) {
    const fingerprints = report.findings.filter((finding) => !finding.baselined).map((finding) => finding.fingerprint).sort();
    return (0,external_node_crypto_.createHash)('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 16);
}
async function ensureLabel(octokit, run) {
    try {
        await octokit.rest.issues.createLabel({ owner: run.owner, repo: run.repo, name: DRIFT_LABEL, color: 'd93f0b', description: 'hostgw-preflight found the cluster network drifted' });
    }
    catch (error) {
        if (error.status !== 422)
            throw error;
    }
}
/**
 * Opens one issue when a scheduled check fails, updates it on later failing runs, and closes it with a comment
 * when a run is clean. Never a duplicate: the open issue is found by label, hidden marker and its author (the
 * token's own identity); an issue someone else opened with the marker is left alone.
 */
async function syncDriftIssue(octokit, run, report, body, clusterName, identity) {
    const base = { owner: run.owner, repo: run.repo };
    const tag = marker(clusterName);
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, { ...base, state: 'open', labels: DRIFT_LABEL, per_page: 100 });
    const self = await identity();
    const existing = open.find((issue) => !issue.pull_request && issue.body?.includes(tag) && writtenBy(self, issue.user));
    const { summary } = report;
    if (summary.passed) {
        if (!existing)
            return 'no drift issue open; nothing to do';
        await octokit.rest.issues.createComment({ ...base, issue_number: existing.number, body: `✅ Resolved: [this run](${run.runUrl}) found no findings at or above ${summary.failOn}.` });
        await octokit.rest.issues.update({ ...base, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
        return `closed drift issue #${existing.number}`;
    }
    const current = digest(report);
    const title = `host-gw networking drift${clusterName === 'default' ? '' : ` on ${clusterName}`}: ${summary.errors} errors, ${summary.warnings} warnings`;
    const text = `${tag}\n<!-- hostgw-preflight:digest:${current} -->\nFound by [this run](${run.runUrl}).\n\n${body}`;
    if (!existing) {
        await ensureLabel(octokit, run);
        const { data } = await octokit.rest.issues.create({ ...base, title, body: text, labels: [DRIFT_LABEL] });
        return `opened drift issue #${data.number}`;
    }
    const changed = !existing.body?.includes(`hostgw-preflight:digest:${current}`);
    await octokit.rest.issues.update({ ...base, issue_number: existing.number, title, body: text });
    if (changed) {
        await octokit.rest.issues.createComment({ ...base, issue_number: existing.number, body: `The findings changed in [this run](${run.runUrl}): ${summary.errors} errors, ${summary.warnings} warnings now.` });
    }
    return `updated drift issue #${existing.number}${changed ? ' (findings changed)' : ''}`;
}

// EXTERNAL MODULE: ./lib/model/cidr.js
var model_cidr = __webpack_require__(1359);
// EXTERNAL MODULE: ./lib/model/secrets.js
var secrets = __webpack_require__(6796);
// EXTERNAL MODULE: ./lib/model/provider.js
var model_provider = __webpack_require__(42896);
// EXTERNAL MODULE: ./lib/sources/live/credentials.js
var credentials = __webpack_require__(5031);
// EXTERNAL MODULE: ./lib/report/types.js
var types = __webpack_require__(50603);
// EXTERNAL MODULE: ./lib/rules/types.js
var rules_types = __webpack_require__(13042);
// EXTERNAL MODULE: ./lib/sources/terraform/select.js
var terraform_select = __webpack_require__(5885);
;// CONCATENATED MODULE: ./lib/action/inputs.js









function optional(name) {
    return core/* getInput */.V4(name).trim() || undefined;
}
function oneOf(name, allowed, fallback) {
    const value = optional(name) ?? fallback;
    if (!allowed.includes(value))
        throw new errors/* UserError */.yo(`input "${name}": "${value}" is not one of ${allowed.join(', ')}`);
    return value;
}
function bool(name, fallback) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new errors/* UserError */.yo(`input "${name}": "${value}" is not true or false`);
}
/** Multi-line inputs also accept commas, as several popular actions do. */
function list(name) {
    return core/* getInput */.V4(name).split(/[\n,]/).map((item) => item.trim()).filter((item) => item && !item.startsWith('#'));
}
function count(name, fallback) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value))
        throw new errors/* UserError */.yo(`input "${name}": "${value}" is not a whole number`);
    return Number(value);
}
/** Nothing changes unless `fix: apply` is asked for; `plan` only adds the plan to every output. */
function fixInputs() {
    const mode = oneOf('fix', ['off', 'plan', 'apply'], 'off');
    if (mode === 'off')
        return undefined;
    return {
        mode,
        fixScope: oneOf('fix-scope', ['node', 'network'], 'node'),
        prune: bool('prune', false),
        maxChanges: count('max-changes', 50),
        force: bool('force', false),
        planScript: optional('plan-script'),
    };
}
function seconds(name, fallback) {
    const value = optional(name);
    if (value === undefined)
        return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0)
        throw new errors/* UserError */.yo(`input "${name}": "${value}" is not a number of seconds`);
    return parsed;
}
function liveInputs(provider) {
    const kubeconfig = optional('kubeconfig');
    // Often the content of a secret: its credentials are masked now, before any error can quote it. A path is read
    // (and its credentials registered) by the live reader.
    if (kubeconfig && (0,credentials/* looksLikeKubeconfigContent */.SC)(kubeconfig))
        (0,credentials/* registerKubeconfigContent */.U$)(kubeconfig);
    if (!bool('live', false)) {
        const stray = ['kubeconfig', 'context', 'save-snapshot'].find((name) => optional(name) !== undefined);
        if (stray)
            throw new errors/* UserError */.yo(`input "${stray}" is only used with "live: true"`);
        return undefined;
    }
    return {
        kubeconfig,
        context: optional('context'),
        provider,
        awsRegion: optional('aws-region'),
        awsEndpoint: optional('aws-endpoint'),
        gcpProject: optional('gcp-project'),
        gcpEndpoint: optional('gcp-endpoint'),
        azureSubscription: optional('azure-subscription'),
        azureEndpoint: optional('azure-endpoint'),
        azureEnvironment: optional('azure-environment') === undefined ? undefined : oneOf('azure-environment', ['AzurePublicCloud', 'AzureChinaCloud', 'AzureUSGovernment'], 'AzurePublicCloud'),
        timeoutMs: seconds('timeout', 300) * 1000,
        log: (line) => core/* info */.pq(line),
    };
}
function readInputs() {
    // Every credential the run learns (inputs, kubeconfig, environment, what a server is sent) is masked in the log
    // by value, never as a whole `key: value` line, which would leave the value itself bare wherever it is echoed.
    (0,secrets/* onSecret */.IJ)((value) => core/* setSecret */.Pq(value));
    const token = core/* getInput */.V4('github-token');
    (0,secrets/* addSecret */.Ck)(token);
    const clusterCidrs = list('cluster-cidr');
    for (const cidr of clusterCidrs)
        if (!(0,model_cidr/* parseCidr */.GN)(cidr))
            throw new errors/* UserError */.yo(`input "cluster-cidr": "${cidr}" is not a valid CIDR`);
    const nodeSelectors = list('node-selector');
    for (const selector of nodeSelectors) {
        try {
            (0,terraform_select/* parseNodeSelector */.Pf)(selector);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`input "node-selector": ${error.message}`);
        }
    }
    const provider = optional('provider') === undefined ? undefined : oneOf('provider', model_provider/* PROVIDERS */.x, 'baremetal');
    const live = liveInputs(provider);
    const patterns = list('path');
    if (patterns.length === 0 && !live)
        throw new errors/* UserError */.yo('input "path": give at least one file, folder or glob, or set "live: true"');
    const strict = optional('strict');
    return {
        patterns,
        live,
        saveSnapshot: optional('save-snapshot'),
        fix: fixInputs(),
        provider,
        clusterCidrs,
        nodeSelectors,
        format: oneOf('format', types/* FORMATS */.h, 'text'),
        output: optional('output'),
        sarifFile: optional('sarif-file'),
        severity: oneOf('severity', rules_types/* SEVERITIES */.o, 'note'),
        failOn: oneOf('fail-on', [...rules_types/* SEVERITIES */.o, 'never'], 'error'),
        baseline: optional('baseline'),
        ignore: list('ignore'),
        config: optional('config'),
        strict: strict === undefined ? undefined : bool('strict', false),
        token,
        comment: oneOf('comment', ['off', 'update', 'new'], 'off'),
        driftIssue: oneOf('drift-issue', ['off', 'on'], 'off'),
        annotations: bool('annotations', true),
        clusterName: optional('cluster-name') ?? 'default',
    };
}

// EXTERNAL MODULE: ./lib/io/workflow-commands.js
var workflow_commands = __webpack_require__(73658);
;// CONCATENATED MODULE: ./lib/action/log.js



/** A file name on one line: a name may hold line ends or other control characters, shown escaped instead. */
function oneLine(text) {
    return text.replace(/\p{Cc}/gu, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
/** One log line (or several): what core.info does, after neutralising. */
function info(text) {
    process.stdout.write((0,workflow_commands/* neutraliseWorkflowCommands */.W)(text) + external_node_os_.EOL);
}
let stopToken;
/**
 * Large blocks of input text (the report, the skipped files) are also fenced with stop-commands, so that a
 * command form we did not foresee stays text as well. The runner then ignores every command until it sees
 * the token, which is random per run (the pull request cannot guess it) and masked by the runner itself.
 * @actions/core v3 has no helper for this; the two lines are the documented `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function infoBlock(text) {
    stopToken ??= (0,external_node_crypto_.randomBytes)(16).toString('hex');
    process.stdout.write(`::stop-commands::${stopToken}${external_node_os_.EOL}${(0,workflow_commands/* neutraliseWorkflowCommands */.W)(text)}${external_node_os_.EOL}::${stopToken}::${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./lib/action/paths.js

const GLOB_CHARS = /[*?[\]]/;
/**
 * Plain paths are passed through (folders are walked by the loader); globs are expanded, and one that
 * matches nothing is an error rather than a silently empty check.
 */
async function expandPatterns(patterns) {
    const paths = [];
    for (const pattern of patterns) {
        if (!GLOB_CHARS.test(pattern) || pattern.startsWith('!')) {
            if (!pattern.startsWith('!'))
                paths.push(pattern);
            continue;
        }
        const exclusions = patterns.filter((p) => p.startsWith('!'));
        // Linked folders are not descended into (one committed as `dumps/x -> /` would walk the runner's disk); a
        // linked file still matches, and the loader refuses it when it leads out of the workspace.
        // Loaded for the first glob only: plain paths, the usual input, do not pay for it at start-up.
        const glob = await __webpack_require__.e(/* import() */ 377).then(__webpack_require__.bind(__webpack_require__, 42377));
        const globber = await glob.create([pattern, ...exclusions].join('\n'), { matchDirectories: false, implicitDescendants: true, followSymbolicLinks: false });
        const matches = (await globber.glob()).sort();
        if (matches.length === 0)
            throw new errors/* UserError */.yo(`input "path": no file matches ${JSON.stringify(pattern)}`);
        paths.push(...matches.map((match) => relativeToWorkspace(match)));
    }
    return [...new Set(paths)];
}
function relativeToWorkspace(file) {
    const root = `${process.cwd()}/`;
    return file.startsWith(root) ? file.slice(root.length) : file;
}

;// CONCATENATED MODULE: ./lib/action/pr-comment.js

function commentMarker(clusterName) {
    return `<!-- hostgw-preflight:comment:${clusterName} -->`;
}
/**
 * One sticky comment per cluster, found again by its hidden marker and its author (the token's own identity)
 * and edited in place; or a new one each run.
 */
async function postComment(octokit, run, issueNumber, body, mode, clusterName, identity) {
    const marker = commentMarker(clusterName);
    const text = `${marker}\n${body}`;
    const base = { owner: run.owner, repo: run.repo };
    if (mode === 'update') {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...base, issue_number: issueNumber, per_page: 100 });
        const self = await identity();
        const existing = comments.find((comment) => comment.body?.includes(marker) && writtenBy(self, comment.user));
        if (existing) {
            await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body: text });
            return `updated comment ${existing.html_url}`;
        }
    }
    const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: issueNumber, body: text });
    return `created comment ${data.html_url}`;
}

;// CONCATENATED MODULE: ./lib/action/main.js


















/** GitHub caps a step summary at 1 MiB and a comment or issue body at 65,536 characters. */
const SUMMARY_BYTES = 1000 * 1024;
const COMMENT_BYTES = 60 * 1024;
/** Writes stay inside GITHUB_WORKSPACE and RUNNER_TEMP, never through a link: the checkout may come from a fork. */
async function main_write(file, text, input, roots) {
    await (0,write/* writeFileSafely */.k)(file, text, { label: `input "${input}"`, roots, createFolders: true });
}
async function writeReports(inputs, report, roots) {
    const json = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'hostgw-preflight', 'report.json');
    await main_write(json, (0,lib_report/* render */.XX)('json', report, { color: false }), 'report', roots);
    if (inputs.output)
        await main_write(inputs.output, (0,lib_report/* render */.XX)(inputs.format, report, { color: false }), 'output', roots);
    if (inputs.sarifFile)
        await main_write(inputs.sarifFile, (0,lib_report/* render */.XX)('sarif', report, { color: false }), 'sarif-file', roots);
    return { json, sarif: inputs.sarifFile };
}
/** Calls that need a token and permissions: a failure there is reported, but never hides the check's own verdict. */
async function publish(inputs, report, tooManyAnnotations) {
    const wanted = inputs.comment !== 'off' || inputs.driftIssue === 'on' || tooManyAnnotations;
    if (!wanted)
        return;
    if (!inputs.token) {
        core/* warning */.$e('input "github-token" is empty: no comment, drift issue or check run can be published');
        return;
    }
    // Octokit loads only here: a step that publishes nothing does not pay for it at start-up.
    const { client, explain, runContext } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 66859));
    const octokit = client(inputs.token);
    const run = runContext();
    const identity = tokenIdentity(octokit);
    const attempt = async (what, permission, action) => {
        try {
            info(`${what}: ${await action()}`);
        }
        catch (error) {
            core/* warning */.$e(`${what} failed: ${explain(error, permission)}`);
        }
    };
    const body = (0,lib_report/* renderMarkdownWithin */.TQ)(report, COMMENT_BYTES);
    if (tooManyAnnotations) {
        await attempt('check run', 'checks: write', async () => {
            const url = await publishCheckRun(octokit, run, report, `hostgw-preflight${inputs.clusterName === 'default' ? '' : ` (${inputs.clusterName})`}`);
            return `GitHub shows only ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step; all ${report.findings.length} are on ${url}`;
        });
    }
    if (inputs.comment !== 'off') {
        if (run.pullRequest)
            await attempt('pull request comment', 'pull-requests: write', () => postComment(octokit, run, run.pullRequest.number, body, inputs.comment, inputs.clusterName, identity));
        else
            info(`comment: this is a ${run.eventName} event, not a pull request; no comment posted`);
    }
    if (inputs.driftIssue === 'on')
        await attempt('drift issue', 'issues: write', () => syncDriftIssue(octokit, run, report, body, inputs.clusterName, identity));
}
async function main_check() {
    const inputs = readInputs();
    // With live mode the default "." would read the whole checkout as well: only paths given explicitly are read.
    const paths = inputs.live && core/* getInput */.V4('path').trim() === '.' ? [] : await expandPatterns(inputs.patterns);
    const options = await (0,settings/* resolveOptions */.$)({
        paths,
        provider: inputs.provider,
        clusterCidrs: inputs.clusterCidrs,
        ignore: inputs.ignore,
        ignoreSource: 'input "ignore"',
        config: inputs.config,
        strict: inputs.strict,
        failOn: inputs.failOn,
        severity: inputs.severity,
        baseline: inputs.baseline,
        cluster: inputs.clusterName === 'default' ? undefined : inputs.clusterName,
        nodeSelectors: inputs.nodeSelectors,
        // Progress lines of live mode reach the log too: through the same guard as every other line.
        live: inputs.live && { ...inputs.live, log: info },
        saveSnapshot: inputs.saveSnapshot,
        environment: { env: process.env, action: true },
    });
    const { report, unrecognised, skipped } = inputs.fix ? await (0,run/* runWithFixes */.b)(options, inputs.fix, info) : await (0,check/* runCheck */.k_)(options);
    if (unrecognised.length > 0) {
        core/* startGroup */.Oh(`${unrecognised.length} files skipped: not in a format hostgw-preflight reads`);
        infoBlock(unrecognised.map(oneLine).join('\n'));
        core/* endGroup */.N4();
    }
    // A warning, not a log line: a link leading out of the checkout is worth a maintainer's look.
    for (const { file, reason } of skipped)
        core/* warning */.$e(`${oneLine(file)}: skipped, ${reason}`);
    infoBlock((0,lib_report/* render */.XX)('text', report, { color: false }));
    const written = await writeReports(inputs, report, options.files);
    const counts = inputs.annotations ? emitAnnotations(report.findings, report.sources[0]?.file) : { error: 0, warning: 0, note: 0 };
    const tooMany = Object.values(counts).some((count) => count > WORKFLOW_COMMAND_LIMIT);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw((0,lib_report/* renderMarkdownWithin */.TQ)(report, SUMMARY_BYTES)).write();
    await publish(inputs, report, tooMany);
    const { summary } = report;
    core/* setOutput */.uH('findings', report.findings.length);
    core/* setOutput */.uH('errors', summary.errors);
    core/* setOutput */.uH('warnings', summary.warnings);
    core/* setOutput */.uH('report', written.json);
    core/* setOutput */.uH('sarif-file', written.sarif ?? '');
    core/* setOutput */.uH('passed', String(summary.passed));
    if (!summary.passed) {
        const failing = report.findings.filter((finding) => !finding.baselined).length;
        core/* setFailed */.C1(`hostgw-preflight: ${failing} findings, some at or above fail-on "${summary.failOn}" (${(0,report_text/* formatCounts */.gM)(summary)})`);
    }
}
/** The Action entry: user errors fail the step with one line; anything else is reported as a bug. */
async function main_run() {
    try {
        await main_check();
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            core/* setFailed */.C1(`hostgw-preflight: ${error.format()}`);
        else {
            core/* debug */.Yz(error?.stack ?? String(error));
            core/* setFailed */.C1(`hostgw-preflight: internal error, please report it: ${error?.message ?? String(error)}`);
        }
    }
}


/***/ }),

/***/ 5031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ kubeconfigUserSecrets),
/* harmony export */   SC: () => (/* binding */ looksLikeKubeconfigContent),
/* harmony export */   U$: () => (/* binding */ registerKubeconfigContent),
/* harmony export */   fL: () => (/* binding */ registerEnvironment)
/* harmony export */ });
/* unused harmony export registerKubeconfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6796);




/**
 * Which credentials of a kubeconfig and of the environment are registered as secrets, and why:
 * - kubeconfig user: `token`, `password`, `client-key-data` (and the PEM key it encodes, line by line), the
 *   secret-named fields of `auth-provider.config` (access-token, refresh-token, client-secret, id-token), and of
 *   an `exec` plugin the values of secret-named `env` entries and of secret-named flags in `args`. Not
 *   `client-certificate-data`, `idp-certificate-authority-data` or `username`: public or identifying, not secret,
 *   and identities are what RBAC error messages name to help the user. Not every exec env value or argument
 *   either: they mostly carry regions, profiles and cluster names ("us-east-1"), and redacting those everywhere
 *   would blank out half of a report. The credential an exec plugin or token file actually produces is
 *   registered from the request itself (see kubernetes.ts).
 * - environment: the cloud keys the SDKs read (AWS_ACCESS_KEY_ID too, as aws-actions/configure-aws-credentials
 *   masks it), the private key and client secret of GOOGLE_APPLICATION_CREDENTIALS, vSphere passwords, GitHub
 *   tokens, and passwords written into proxy or govc URLs.
 */
const SECRET_NAME = /token|secret|passw(or)?d|credential|private.?key|api.?key|access.?key/i;
const ENV_SECRETS = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AZURE_CLIENT_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_PASSWORD',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GOVC_PASSWORD',
    'VSPHERE_PASSWORD',
];
const ENV_URLS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'GOVC_URL'];
const GOOGLE_KEY_FIELDS = ['private_key', 'private_key_id', 'client_secret', 'refresh_token'];
/** A service-account key is about 2.3 KB; anything far larger is not one, and is not read into memory. */
const GOOGLE_KEY_MAX_BYTES = 1024 * 1024;
function isObj(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function decodedPem(base64) {
    if (typeof base64 !== 'string')
        return undefined;
    const text = Buffer.from(base64, 'base64').toString('utf8');
    return text.includes('-----BEGIN') ? text : undefined;
}
/** Values of `--token=X`, `--token X`, `--client-secret X`...; flags with other names are left alone. */
function secretArgs(args) {
    if (!Array.isArray(args))
        return [];
    const values = [];
    args.forEach((arg, i) => {
        const match = typeof arg === 'string' ? /^--?([^=]+)(?:=(.*))?$/s.exec(arg) : null;
        if (!match || !SECRET_NAME.test(match[1]))
            return;
        values.push(match[2] ?? args[i + 1]);
    });
    return values;
}
/** The secrets of one kubeconfig `user:` entry, in the file's own key names. */
function kubeconfigUserSecrets(user) {
    if (!isObj(user))
        return [];
    const values = [user.token, user.password, user['client-key-data'], decodedPem(user['client-key-data'])];
    const provider = user['auth-provider'];
    if (isObj(provider) && isObj(provider.config)) {
        for (const [key, value] of Object.entries(provider.config))
            if (SECRET_NAME.test(key))
                values.push(value);
    }
    const exec = user.exec;
    if (isObj(exec)) {
        if (Array.isArray(exec.env))
            for (const entry of exec.env)
                if (isObj(entry) && typeof entry.name === 'string' && SECRET_NAME.test(entry.name))
                    values.push(entry.value);
        values.push(...secretArgs(exec.args));
    }
    return values.filter((value) => value !== undefined && value !== null);
}
/** --kubeconfig and the input take a path or the content itself (as passed from a secret). */
function looksLikeKubeconfigContent(value) {
    return value.includes('\n') || /^\s*(apiVersion|clusters|kind)\s*:/.test(value) || value.trimStart().startsWith('{');
}
/** Registers the secrets of every user of a kubeconfig object (as parsed from YAML or JSON). */
function registerKubeconfig(config) {
    const users = isObj(config) && Array.isArray(config.users) ? config.users : [];
    for (const entry of users)
        if (isObj(entry))
            for (const value of kubeconfigUserSecrets(entry.user))
                (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}
/**
 * Registers the secrets of a kubeconfig given as text, before anything (a loader's parse error) can quote it.
 * Text that does not parse still has its values registered: the part after `key:` of every line, and lines
 * without a key (a wrapped base64 value) whole.
 */
function registerKubeconfigContent(text) {
    try {
        registerKubeconfig((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text));
        return;
    }
    catch {
        // Not YAML: fall through to the line-by-line values.
    }
    for (const line of text.split(/\r?\n|\r/)) {
        const keyed = /^\s*-?\s*[\w.-]+\s*:\s*(.*)$/.exec(line);
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)((keyed ? keyed[1] : line).replace(/^["']|["']$/g, ''));
    }
}
function urlPassword(value) {
    if (!value)
        return undefined;
    try {
        const password = new URL(value).password;
        return password ? decodeURIComponent(password) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The secret fields of a Google credentials file; a file that is missing, huge or not JSON adds nothing. */
async function googleKeySecrets(file) {
    if (!file)
        return [];
    try {
        // Non-blocking, so that a FIFO in the variable cannot hang the run at open.
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            const stat = await handle.stat();
            if (!stat.isFile() || stat.size > GOOGLE_KEY_MAX_BYTES)
                return [];
            const key = JSON.parse(await handle.readFile('utf8'));
            return isObj(key) ? GOOGLE_KEY_FIELDS.map((field) => key[field]) : [];
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // The SDK reports an unreadable key file itself, in its own words.
        return [];
    }
}
/** Registers the cloud credentials the SDKs will read from this environment. */
async function registerEnvironment(env) {
    for (const name of ENV_SECRETS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(env[name]);
    for (const name of ENV_URLS)
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(urlPassword(env[name]));
    for (const value of await googleKeySecrets(env.GOOGLE_APPLICATION_CREDENTIALS))
        (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .addSecret */ .Ck)(value);
}


/***/ })

};
