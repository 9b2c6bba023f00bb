export const id = 501;
export const ids = [501];
export const modules = {

/***/ 34501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCheckout: () => (/* binding */ checkCheckout),
/* harmony export */   recordedMatrix: () => (/* binding */ recordedMatrix)
/* harmony export */ });
/* harmony import */ var _mtls_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19413);
/* harmony import */ var _mtls_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20768);
/* harmony import */ var _results_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66303);
/* harmony import */ var _measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8647);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92367);





/** Disagreeing rows named in the warning; the rest are counted. */
const MAX_NAMED = 5;
const checkCheckout = async (request, measuredElsewhere) => {
    const { settings } = request;
    const { head, base, mesh } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .configSides */ .h4)({
        repo: request.repo,
        configPaths: settings.configPaths,
        baseRef: request.baseRef,
        mesh: settings.mesh,
    });
    // As in `run`: `none` requires no mode (the validator's not-gated); the matrix is the same.
    const validation = (0,_measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .predict */ .K$)({ meshName: mesh, require: settings.requireMtls }, head, base);
    const recorded = recordedMatrix(validation, measuredElsewhere.mtls);
    if (recorded.warning)
        request.warn(recorded.warning);
    request.log(`mTLS: recorded the static matrix of the checked-out configuration (${mesh}, ${recorded.matrix.entries.length} rows) with '${settings.currentResults}'`);
    const outcome = (0,_measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .mtlsOutcomeOf */ .WD)({ validation, probes: [], telemetry: [] });
    const findings = [...outcome.findings, ...recorded.findings];
    return {
        current: { ...measuredElsewhere, mtls: recorded.matrix },
        baseline: null,
        mtls: settings.requireMtls === 'none'
            ? null
            : { verdict: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings },
    };
};
/**
 * The checkout's matrix, with the file's live and telemetry outcomes where the file agrees with it; a kept live
 * outcome that contradicts the row's mode is an error finding, as it is for a run that probed itself.
 */
function recordedMatrix(v, file) {
    const entries = v.entries.map((e) => _results_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .MtlsEntry */ .HA.parse(e));
    const matrix = { mesh: v.mesh, entries };
    if (!file)
        return { matrix, findings: [], warning: null };
    if (file.mesh !== v.mesh) {
        return {
            matrix,
            findings: [],
            warning: `the mTLS matrix of the results file is of mesh '${file.mesh}', the checked-out configuration's is ` +
                `'${v.mesh}': the checkout's is recorded, without the file's live outcomes`,
        };
    }
    const key = (e) => `${e.namespace}\u0000${e.workload}\u0000${e.port ?? ''}`;
    const stated = new Map(file.entries.map((e) => [key(e), e]));
    const disagree = [];
    const findings = [];
    for (const [i, e] of entries.entries()) {
        const s = stated.get(key(e));
        stated.delete(key(e));
        if (!s) {
            disagree.push(`${(0,_mtls_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(e)} (${e.mode}) is not in the file`);
            continue;
        }
        if (s.mode !== e.mode) {
            disagree.push(`${(0,_mtls_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(e)} is ${s.mode} in the file, ${e.mode} in the checkout`);
            continue;
        }
        entries[i] = {
            ...e,
            live: s.live,
            telemetry: s.telemetry,
            ...(s.telemetryDetail === undefined ? {} : { telemetryDetail: s.telemetryDetail }),
        };
        const want = (0,_measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_3__/* .plaintextFor */ .fm)(e);
        if (s.live !== 'not-probed' && s.live !== want) {
            findings.push((0,_mtls_model_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('error', 'mtls-live-mismatch', `live probe (from the results file): plaintext to ${(0,_mtls_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(e)} was ${s.live}, but the configuration says it must be ${want}`, null));
        }
    }
    for (const s of stated.values())
        disagree.push(`${(0,_mtls_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(s)} (${s.mode}) is not in the checkout`);
    if (disagree.length === 0)
        return { matrix, findings, warning: null };
    const named = disagree.slice(0, MAX_NAMED).join('; ');
    const more = disagree.length > MAX_NAMED ? `; …and ${disagree.length - MAX_NAMED} more` : '';
    return {
        matrix,
        findings,
        warning: `the mTLS matrix of the results file disagrees with the checked-out configuration on ${disagree.length} ` +
            `row(s) (${named}${more}): the checkout's modes are recorded, and the file's live outcomes only where it agrees`,
    };
}


/***/ })

};
