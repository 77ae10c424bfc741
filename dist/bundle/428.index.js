export const id = 428;
export const ids = [428];
export const modules = {

/***/ 16428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./lib/engine/check.js + 4 modules
var check = __webpack_require__(53456);
// EXTERNAL MODULE: ./lib/engine/settings.js + 5 modules
var engine_settings = __webpack_require__(42563);
// EXTERNAL MODULE: ./lib/engine/fix.js + 1 modules
var engine_fix = __webpack_require__(84636);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/model/slug.js
var slug = __webpack_require__(91026);
// EXTERNAL MODULE: ./lib/io/write.js
var write = __webpack_require__(78591);
// EXTERNAL MODULE: ./lib/report/index.js + 5 modules
var lib_report = __webpack_require__(24798);
// EXTERNAL MODULE: ./lib/report/markdown-escape.js
var markdown_escape = __webpack_require__(9809);
// EXTERNAL MODULE: ./lib/report/text.js
var report_text = __webpack_require__(44639);
// EXTERNAL MODULE: ./lib/report/plural.js
var plural = __webpack_require__(89414);
;// CONCATENATED MODULE: ./lib/action/annotations.js


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
/** Emits one workflow-command annotation per finding. */
function emitAnnotations(findings, fallbackFile) {
    for (const finding of findings) {
        const target = annotationTarget(finding, fallbackFile);
        EMIT[finding.severity](annotationText(finding), {
            title: title(finding),
            file: target?.path,
            startLine: target?.line,
            startColumn: target?.column,
        });
    }
}

;// CONCATENATED MODULE: ./lib/action/annotation-budget.js

/** GitHub shows this many annotations per level from one step's workflow commands; more need a check run. */
const WORKFLOW_COMMAND_LIMIT = 10;
const RANK = { error: 0, warning: 1, note: 2 };
/**
 * Which findings become workflow commands: the most severe first and, among equals, those in files the pull
 * request changes, so that what a reviewer can act on is among the few GitHub shows.
 */
function planAnnotations(findings, options) {
    const { changed, onlyChanged, fallbackFile } = options;
    const inChange = (finding) => {
        const target = annotationTarget(finding, fallbackFile);
        return target !== undefined && changed !== undefined && changed.has(target.path);
    };
    const scoped = onlyChanged && changed ? findings.filter(inChange) : findings;
    const ordered = scoped
        .map((finding, index) => ({ finding, index, changed: inChange(finding) }))
        .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || +b.changed - +a.changed || a.index - b.index);
    const room = {
        error: WORKFLOW_COMMAND_LIMIT - (options.failing ? 1 : 0),
        warning: WORKFLOW_COMMAND_LIMIT,
        note: WORKFLOW_COMMAND_LIMIT,
    };
    const commands = [];
    const overflow = [];
    for (const { finding } of ordered) {
        if (room[finding.severity] > 0) {
            room[finding.severity]--;
            commands.push(finding);
        }
        else
            overflow.push(finding);
    }
    return { commands, overflow, elsewhere: findings.length - scoped.length };
}

;// CONCATENATED MODULE: ./lib/action/check-run.js


/** The Checks API takes at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
const LEVEL = {
    error: 'failure',
    warning: 'warning',
    note: 'notice',
};
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
/** Publishes the given findings (those workflow commands could not show) as check-run annotations, in batches. */
async function publishCheckRun(octokit, run, report, findings, name) {
    const fallback = report.sources[0]?.file;
    const annotations = findings
        .filter((finding) => annotationTarget(finding, fallback))
        .map((finding) => annotation(finding, fallback));
    const { summary } = report;
    const output = (batch) => ({
        title: (0,plural/* severityCounts */.u)(summary),
        summary: `hostgw-preflight found ${(0,plural/* plural */.L)(report.findings.length, 'finding')} on ${(0,plural/* plural */.L)(summary.nodes, 'node')} (fail-on: ${summary.failOn}).`,
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
        await octokit.rest.checks.update({
            owner: run.owner,
            repo: run.repo,
            check_run_id: data.id,
            output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)),
        });
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
// EXTERNAL MODULE: ./lib/io/workflow-commands.js
var workflow_commands = __webpack_require__(73658);
;// CONCATENATED MODULE: ./lib/action/log.js



/** A file name on one line: a name may hold line ends or other control characters, shown escaped instead. */
function oneLine(text) {
    return text.replace(/\p{Cc}/gu, (c) => c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
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

;// CONCATENATED MODULE: ./lib/action/annotate.js






/** GitHub lists at most 3,000 files of a pull request. */
const MAX_LISTED_FILES = 3000;
async function changedFiles(github, required) {
    const pullRequest = github?.run.pullRequest;
    if (!github || !pullRequest)
        return undefined;
    let files;
    const listed = await github.attempt('changed files', 'pull-requests: read', async () => {
        const list = await github.octokit.paginate(github.octokit.rest.pulls.listFiles, {
            owner: github.run.owner,
            repo: github.run.repo,
            pull_number: pullRequest.number,
            per_page: 100,
        });
        files = new Set(list.slice(0, MAX_LISTED_FILES).map((file) => file.filename));
        return `${(0,plural/* plural */.L)(files.size, 'file')} in pull request #${pullRequest.number}`;
    });
    if (!listed && required)
        info('annotations: changed: the changed files are unknown, so every file is annotated');
    return files;
}
/**
 * Annotates within GitHub's budget and returns what the summary should say about findings left unannotated.
 * The few workflow-command annotations go to the most severe findings; the rest go to a check run when the token
 * may create one, never twice.
 */
async function annotate(mode, report, github, checkRunName) {
    if (mode === 'off' || report.findings.length === 0)
        return undefined;
    const fallbackFile = report.sources[0]?.file;
    const needFiles = mode === 'changed' || report.findings.length > WORKFLOW_COMMAND_LIMIT;
    const changed = needFiles && process.env.GITHUB_EVENT_NAME?.startsWith('pull_request')
        ? await changedFiles(await github(), mode === 'changed')
        : undefined;
    const plan = planAnnotations(report.findings, {
        fallbackFile,
        changed,
        onlyChanged: mode === 'changed',
        failing: !report.summary.passed,
    });
    emitAnnotations(plan.commands, fallbackFile);
    const notes = [];
    if (plan.elsewhere > 0)
        notes.push(`${(0,plural/* plural */.L)(plan.elsewhere, 'finding')} outside the files this pull request changes: not annotated (annotations: changed).`);
    if (plan.overflow.length === 0)
        return notes.join(' ') || undefined;
    const session = await github();
    const published = session !== undefined &&
        (await session.attempt('check run', 'checks: write', async () => {
            const url = await publishCheckRun(session.octokit, session.run, report, plan.overflow, checkRunName);
            return `GitHub shows ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step; the other ${plan.overflow.length} are on ${url}`;
        }));
    if (!published) {
        const line = `${(0,plural/* plural */.L)(plan.overflow.length, 'finding')} not annotated: GitHub shows ${WORKFLOW_COMMAND_LIMIT} annotations per level from a step, and the rest need a check run ("permissions: checks: write").`;
        core/* warning */.$e(line);
        notes.push(line);
    }
    return notes.join(' ') || undefined;
}

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
    const fingerprints = report.findings
        .filter((finding) => !finding.baselined)
        .map((finding) => finding.fingerprint)
        .sort();
    return (0,external_node_crypto_.createHash)('sha256').update(fingerprints.join('\n')).digest('hex').slice(0, 16);
}
async function ensureLabel(octokit, run) {
    try {
        await octokit.rest.issues.createLabel({
            owner: run.owner,
            repo: run.repo,
            name: DRIFT_LABEL,
            color: 'd93f0b',
            description: 'hostgw-preflight found the cluster network drifted',
        });
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
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...base,
        state: 'open',
        labels: DRIFT_LABEL,
        per_page: 100,
    });
    const self = await identity();
    const existing = open.find((issue) => !issue.pull_request && issue.body?.includes(tag) && writtenBy(self, issue.user));
    const { summary } = report;
    if (summary.passed) {
        if (!existing)
            return 'no drift issue open; nothing to do';
        await octokit.rest.issues.createComment({
            ...base,
            issue_number: existing.number,
            body: `✅ Resolved: [this run](${run.runUrl}) found no findings at or above ${summary.failOn}.`,
        });
        await octokit.rest.issues.update({
            ...base,
            issue_number: existing.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return `closed drift issue #${existing.number}`;
    }
    const current = digest(report);
    const title = `host-gw networking drift${clusterName === 'default' ? '' : ` on ${clusterName}`}: ${(0,plural/* severityCounts */.u)(summary, false)}`;
    const text = `${tag}\n<!-- hostgw-preflight:digest:${current} -->\nFound by [this run](${run.runUrl}).\n\n${body}`;
    if (!existing) {
        await ensureLabel(octokit, run);
        const { data } = await octokit.rest.issues.create({ ...base, title, body: text, labels: [DRIFT_LABEL] });
        return `opened drift issue #${data.number}`;
    }
    const changed = !existing.body?.includes(`hostgw-preflight:digest:${current}`);
    await octokit.rest.issues.update({ ...base, issue_number: existing.number, title, body: text });
    if (changed) {
        await octokit.rest.issues.createComment({
            ...base,
            issue_number: existing.number,
            body: `The findings changed in [this run](${run.runUrl}): ${(0,plural/* severityCounts */.u)(summary, false)} now.`,
        });
    }
    return `updated drift issue #${existing.number}${changed ? ' (findings changed)' : ''}`;
}

// EXTERNAL MODULE: ./lib/model/secrets.js
var secrets = __webpack_require__(6796);
;// CONCATENATED MODULE: ./lib/action/inputs.js




const COMMENT_MODES = ['off', 'update', 'new'];
const ANNOTATION_MODES = ['all', 'changed', 'off', 'true', 'false'];
const DRIFT_ISSUE_MODES = ['off', 'on'];
/** Inputs read as one value each, and those that are lists. */
const SINGLE_INPUTS = [
    'provider',
    'config',
    'strict',
    'format',
    'fail-on',
    'severity',
    'baseline',
    'live',
    'kubeconfig',
    'context',
    'aws-region',
    'aws-endpoint',
    'gcp-project',
    'gcp-endpoint',
    'azure-subscription',
    'azure-endpoint',
    'azure-environment',
    'timeout',
    'save-snapshot',
    'fix',
    'fix-scope',
    'prune',
    'max-changes',
    'force',
    'plan-script',
];
const LIST_INPUTS = ['cluster-cidr', 'node-selector', 'ignore'];
function optional(name) {
    return core/* getInput */.V4(name).trim() || undefined;
}
/**
 * One item per line; a one-line input may separate items with commas, as several popular actions do. A multi-line
 * input is taken line by line as is, so a path that contains a comma can be given on a line of its own.
 */
function list(name) {
    const input = core/* getInput */.V4(name);
    return input
        .split(input.includes('\n') ? '\n' : ',')
        .map((item) => item.trim())
        .filter((item) => item && !item.startsWith('#'));
}
/** What the inputs said, for the settings builder: an empty input is one not given. */
function settingInputs(clusterName) {
    const values = {};
    for (const name of SINGLE_INPUTS)
        values[name] = optional(name);
    for (const name of LIST_INPUTS)
        values[name] = list(name);
    // The default name stands for no name: reports of a single cluster do not carry one.
    if (clusterName !== engine_settings/* DEFAULTS */.zY['cluster-name'])
        values['cluster-name'] = clusterName;
    // Progress lines of live mode reach the log through the same guard as every other line.
    return (0,engine_settings/* parseSettings */.P$)({
        paths: list('path'),
        values,
        names: engine_settings/* ACTION_NAMES */.G,
        environment: { env: process.env, action: true },
        log: info,
    });
}
/** `true` and `false`, the input's first values, still mean `all` and `off`. */
function annotationMode(value) {
    return value === 'true' ? 'all' : value === 'false' ? 'off' : value;
}
function readInputs() {
    // Every credential the run learns (inputs, kubeconfig, environment, what a server is sent) is masked in the log
    // by value, never as a whole `key: value` line, which would leave the value itself bare wherever it is echoed.
    (0,secrets/* onSecret */.IJ)((value) => core/* setSecret */.Pq(value));
    const token = core/* getInput */.V4('github-token');
    (0,secrets/* addSecret */.Ck)(token);
    const clusterName = optional('cluster-name') ?? engine_settings/* DEFAULTS */.zY['cluster-name'];
    const settings = settingInputs(clusterName);
    const read = new engine_settings/* RawReader */.we({ comment: optional('comment'), 'drift-issue': optional('drift-issue'), annotations: optional('annotations') }, engine_settings/* ACTION_NAMES */.G);
    return {
        settings,
        output: optional('output'),
        sarifFile: optional('sarif-file'),
        token,
        comment: read.choice('comment', COMMENT_MODES) ?? engine_settings/* DEFAULTS */.zY.comment,
        driftIssue: read.choice('drift-issue', DRIFT_ISSUE_MODES) ?? engine_settings/* DEFAULTS */.zY['drift-issue'],
        annotations: annotationMode(read.choice('annotations', ANNOTATION_MODES) ?? engine_settings/* DEFAULTS */.zY.annotations),
        clusterName,
    };
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
        const globber = await glob.create([pattern, ...exclusions].join('\n'), {
            matchDirectories: false,
            implicitDescendants: true,
            followSymbolicLinks: false,
        });
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
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...base,
            issue_number: issueNumber,
            per_page: 100,
        });
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

;// CONCATENATED MODULE: ./lib/action/session.js



/**
 * Opens the session on first use, once: Octokit loads only then, so a step that publishes nothing does not pay
 * for it at start-up. Undefined, with one warning, when there is no token.
 */
function lazySession(token) {
    let session;
    return () => (session ??= session_open(token));
}
async function session_open(token) {
    if (!token) {
        core/* warning */.$e('input "github-token" is empty: nothing can be published on GitHub (comment, issue, check run)');
        return undefined;
    }
    const { client, explain, runContext } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 66859));
    const octokit = client(token);
    return {
        octokit,
        run: runContext(),
        identity: tokenIdentity(octokit),
        async attempt(what, permission, action) {
            try {
                info(`${what}: ${await action()}`);
                return true;
            }
            catch (error) {
                core/* warning */.$e(`${what} failed: ${explain(error, permission)}`);
                return false;
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/action/main.js




















/** GitHub caps a step summary at 1 MiB and a comment or issue body at 65,536 characters. */
const SUMMARY_BYTES = 1000 * 1024;
const COMMENT_BYTES = 60 * 1024;
/** Writes stay inside GITHUB_WORKSPACE and RUNNER_TEMP, never through a link: the checkout may come from a fork. */
async function main_write(file, text, input, roots) {
    await (0,write/* writeFileSafely */.k)(file, text, { label: `input "${input}"`, roots, createFolders: true });
}
/**
 * The JSON report's path: one per step, so that two steps of a job (two clusters, or a check and a fix) do not
 * overwrite each other's `report` output. Steps of a job run one after another, so the first free number is free.
 */
async function freeReportPath(folder, clusterName) {
    for (let n = 1;; n++) {
        const file = (0,external_node_path_.join)(folder, `report-${(0,slug/* slug */.y)(clusterName)}-${n}.json`);
        if (!(await (0,promises_.lstat)(file).catch(() => undefined)))
            return file;
    }
}
async function writeReports(inputs, format, report, roots) {
    const json = await freeReportPath((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'hostgw-preflight'), inputs.clusterName);
    await main_write(json, (0,lib_report/* render */.XX)('json', report, { color: false }), 'report', roots);
    if (inputs.output)
        await main_write(inputs.output, (0,lib_report/* render */.XX)(format, report, { color: false }), 'output', roots);
    if (inputs.sarifFile)
        await main_write(inputs.sarifFile, (0,lib_report/* render */.XX)('sarif', report, { color: false }), 'sarif-file', roots);
    return { json, sarif: inputs.sarifFile };
}
/** The sticky comment and the drift issue: their failure is a warning, never the check's own verdict. */
async function discuss(inputs, report, github) {
    if (inputs.comment === 'off' && inputs.driftIssue === 'off')
        return;
    const session = await github();
    if (!session)
        return;
    const { octokit, run, identity, attempt } = session;
    const body = (0,lib_report/* renderMarkdownWithin */.TQ)(report, COMMENT_BYTES, run.runUrl);
    if (inputs.comment !== 'off') {
        if (run.pullRequest)
            await attempt('pull request comment', 'pull-requests: write', () => postComment(octokit, run, run.pullRequest.number, body, inputs.comment, inputs.clusterName, identity));
        else
            info(`comment: this is a ${run.eventName} event, not a pull request; no comment posted`);
    }
    if (inputs.driftIssue === 'on')
        await attempt('drift issue', 'issues: write', () => syncDriftIssue(octokit, run, report, body, inputs.clusterName, identity));
}
function setOutputs(report, written) {
    const { summary } = report;
    core/* setOutput */.uH('findings', report.findings.length);
    core/* setOutput */.uH('errors', summary.errors);
    core/* setOutput */.uH('warnings', summary.warnings);
    core/* setOutput */.uH('report', written.json);
    core/* setOutput */.uH('sarif-file', written.sarif ?? '');
    core/* setOutput */.uH('passed', String(summary.passed));
}
/** The job summary is a courtesy: a runner that cannot take it (a full disk, a removed file) costs a warning. */
async function writeSummary(report, note) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const noteBytes = note ? Buffer.byteLength(note) + 8 : 0;
    try {
        core/* summary */.z.addRaw((0,lib_report/* renderMarkdownWithin */.TQ)(report, SUMMARY_BYTES - noteBytes));
        if (note)
            core/* summary */.z.addRaw(`\n\n> ${(0,markdown_escape/* prose */.CS)(note)}\n`);
        await core/* summary */.z.write();
    }
    catch (error) {
        core/* summary */.z.emptyBuffer();
        core/* warning */.$e(`job summary not written: ${oneLine(error?.message ?? String(error))}`);
    }
}
async function main_check() {
    const inputs = readInputs();
    // With live mode the default "." would read the whole checkout as well: only paths given explicitly are read.
    const { run, fix, format } = inputs.settings;
    const paths = run.live && run.paths.join('\n') === engine_settings/* DEFAULTS */.zY.path ? [] : await expandPatterns(run.paths);
    const options = await (0,engine_settings/* resolveOptions */.$i)({ ...run, paths });
    const { report, unrecognised, skipped } = fix ? await (0,engine_fix/* runWithFixes */.b)(options, fix, info) : await (0,check/* runCheck */.k_)(options);
    if (unrecognised.length > 0) {
        core/* startGroup */.Oh(`${unrecognised.length} files skipped: not in a format hostgw-preflight reads`);
        infoBlock(unrecognised.map(oneLine).join('\n'));
        core/* endGroup */.N4();
    }
    // A warning, not a log line: a link leading out of the checkout is worth a maintainer's look.
    for (const { file, reason } of skipped)
        core/* warning */.$e(`${oneLine(file)}: skipped, ${reason}`);
    infoBlock((0,lib_report/* render */.XX)('text', report, { color: false }));
    const written = await writeReports(inputs, format, report, options.files);
    // Outputs first: the annotations' check run, summary, comment and issue are optional, and later steps rely on them.
    setOutputs(report, written);
    const github = lazySession(inputs.token);
    const checkRunName = `hostgw-preflight${inputs.clusterName === engine_settings/* DEFAULTS */.zY['cluster-name'] ? '' : ` (${inputs.clusterName})`}`;
    const note = await annotate(inputs.annotations, report, github, checkRunName);
    await writeSummary(report, note);
    await discuss(inputs, report, github);
    const { summary } = report;
    if (!summary.passed) {
        const failing = report.findings.filter((finding) => !finding.baselined).length;
        core/* setFailed */.C1(`hostgw-preflight: ${failing} findings, some at or above fail-on "${summary.failOn}" (${(0,report_text/* formatCounts */.gM)(summary)})`);
    }
}
/** The Action entry: user errors fail the step with one line; anything else is reported as a bug. */
async function run() {
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


/***/ })

};
