export const id = 78;
export const ids = [78];
export const modules = {

/***/ 15078:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadLive: () => (/* binding */ loadLive)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _clouds_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54338);
/* harmony import */ var _io_roots_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34849);
/* harmony import */ var _io_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78591);
/* harmony import */ var _sources_builder_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11817);
/* harmony import */ var _sources_document_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90301);
/* harmony import */ var _sources_load_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77248);







/**
 * Reads the live cluster and cloud. With `saveSnapshot`, the dumps are written first and read back from those
 * files, so findings point at lines of the saved snapshot and a later offline run sees exactly the same input.
 */
async function loadLive(options, saveSnapshot, builder, roots = _io_roots_js__WEBPACK_IMPORTED_MODULE_2__/* .UNCONFINED */ .S1) {
    const { readLive } = await __webpack_require__.e(/* import() */ 134).then(__webpack_require__.bind(__webpack_require__, 12134));
    const live = await readLive(options, (provider) => (0,_clouds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .cloudFor */ .lU)(provider).live);
    for (const gap of live.gaps)
        builder.addGap(gap);
    for (const kind of live.dumps.flatMap((dump) => dump.kinds ?? []))
        builder.markPresent(kind);
    const documents = new Map();
    if (saveSnapshot) {
        for (const dump of live.dumps) {
            await (0,_io_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileSafely */ .k)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(saveSnapshot, dump.name), `${JSON.stringify(dump.value, null, 2)}\n`, {
                label: '--save-snapshot',
                roots,
                createFolders: true,
            });
        }
        const loaded = await (0,_sources_load_js__WEBPACK_IMPORTED_MODULE_6__/* .loadInputs */ .IV)(live.dumps.map((dump) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(saveSnapshot, dump.name)), _clouds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_READERS */ .pg, builder, roots);
        options.log(`snapshot saved to ${saveSnapshot} (${live.dumps.length} files)`);
        return { builder, documents: new Map(loaded.documents), calls: live.calls };
    }
    for (const dump of live.dumps) {
        const document = _sources_document_js__WEBPACK_IMPORTED_MODULE_5__/* .SourceDocument */ .N.fromValue(`live:${dump.name}`, dump.value);
        documents.set(document.file, document);
        await (0,_sources_load_js__WEBPACK_IMPORTED_MODULE_6__/* .readDocument */ .u0)(document, builder, _clouds_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_READERS */ .pg);
    }
    return { builder, documents, calls: live.calls };
}


/***/ })

};
