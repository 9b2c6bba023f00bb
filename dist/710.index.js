export const id = 710;
export const ids = [710];
export const modules = {

/***/ 80710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureOnClusterForAction: () => (/* binding */ measureOnClusterForAction),
  measureOnClusterWith: () => (/* binding */ measureOnClusterWith)
});

// EXTERNAL MODULE: ./src/pipeline/measure-on-cluster.ts + 5 modules
var measure_on_cluster = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/pipeline/run.ts + 8 modules
var run = __webpack_require__(92367);
;// CONCATENATED MODULE: ./src/pipeline/run-request.ts
function runRequestOf(s, host) {
    return {
        ...host,
        mesh: s.mesh,
        meshVersion: s.meshVersion ?? undefined,
        verify: s.verify ?? undefined,
        meshValuesPath: s.meshValuesPath ?? undefined,
        meshCliPath: s.meshCliPath ?? undefined,
        cluster: s.cluster,
        // The action's input is the kubeconfig itself (written to a temp file); the CLI's flag names a file, used in
        // place like KUBECONFIG (a kubeconfig may name its certificates by paths relative to itself).
        kubeconfig: s.kubeconfig && 'content' in s.kubeconfig ? s.kubeconfig.content : undefined,
        kubeconfigPath: s.kubeconfig && 'path' in s.kubeconfig ? s.kubeconfig.path : undefined,
        clusterConfigPath: s.clusterConfigPath ?? undefined,
        configPaths: s.configPaths,
        profile: s.profile,
        require: s.requireMtls,
    };
}

;// CONCATENATED MODULE: ./src/pipeline/action-measure.ts



/** The Measure of the action over a pipeline run (`executeRun`; tests pass a stand-in). */
function measureOnClusterWith(execute) {
    return async (request) => {
        const { settings, config, tempDir, baseRef } = request;
        const result = await execute(runRequestOf(settings, {
            baseRef,
            runnerName: request.runnerName,
            config,
            repo: request.repo,
            tempDir,
            action: true,
            log: request.log,
            warn: request.warn,
            mask: request.mask,
            // Recorded at once, so the post step deletes the cluster even if measuring fails or is cancelled.
            recordTeardown: (record) => request.saveClusterForCleanup(JSON.stringify(record)),
            onCluster: (handle) => {
                if (handle.teardown)
                    request.saveClusterForCleanup(JSON.stringify(handle.teardown));
            },
        }));
        return {
            current: result.current,
            baseline: baseRef ? result.baseline : null,
            mtls: settings.requireMtls === 'none' ? null : (0,measure_on_cluster/* mtlsOutcomeOf */.WD)(result),
        };
    };
}
const measureOnClusterForAction = measureOnClusterWith(run/* executeRun */.lk);


/***/ })

};
