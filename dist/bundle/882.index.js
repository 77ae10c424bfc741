export const id = 882;
export const ids = [882];
export const modules = {

/***/ 4882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureReader: () => (/* binding */ azureReader)
/* harmony export */ });
const azureReader = {
    async read() {
        return { dumps: [], gaps: [{ message: 'Azure live reading is not implemented yet' }] };
    },
};


/***/ })

};
