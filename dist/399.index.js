export const id = 399;
export const ids = [399];
export const modules = {

/***/ 43399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   measureOnClusterForAction: () => (/* binding */ measureOnClusterForAction),
/* harmony export */   measureOnClusterWith: () => (/* binding */ measureOnClusterWith)
/* harmony export */ });
/* harmony import */ var _measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28732);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49777);


/** The Measure of the action over a pipeline run (`executeRun`; tests pass a stand-in). */
function measureOnClusterWith(execute) {
    return async (request) => {
        const { settings, config, tempDir, baseRef } = request;
        const result = await execute({
            mesh: settings.mesh,
            meshVersion: settings.meshVersion ?? undefined,
            verify: settings.verify ?? undefined,
            cluster: settings.cluster,
            kubeconfig: settings.kubeconfig ?? undefined,
            clusterConfigPath: settings.clusterConfig ?? undefined,
            configPaths: settings.configPaths,
            baseRef,
            runnerName: request.runnerName,
            profile: settings.profile,
            config,
            require: settings.requireMtls,
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
        });
        return {
            current: result.current,
            baseline: baseRef ? result.baseline : null,
            mtls: settings.requireMtls === 'none' ? null : (0,_measure_on_cluster_js__WEBPACK_IMPORTED_MODULE_0__/* .mtlsOutcomeOf */ .WD)(result),
        };
    };
}
const measureOnClusterForAction = measureOnClusterWith(_run_js__WEBPACK_IMPORTED_MODULE_1__/* .executeRun */ .lk);


/***/ })

};
